using System.Text.Json.Serialization;

namespace Bot.Core.Messages;

/// <summary>
/// One message the bot sends, channel-neutral; each channel renders the kinds its own way (LINE: text with quick
/// replies, Flex; Teams: text with suggested actions, Adaptive Cards; web chat: HTML). The core never writes
/// channel JSON. Serialised with a "kind" discriminator for the web chat and for stored proactive messages.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(TextMessage), "text")]
[JsonDerivedType(typeof(ChoicesMessage), "choices")]
[JsonDerivedType(typeof(CardsMessage), "cards")]
[JsonDerivedType(typeof(LinkMessage), "link")]
[JsonDerivedType(typeof(ImageMessage), "image")]
public abstract record OutgoingMessage;
