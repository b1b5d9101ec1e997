using System.Text.Json.Nodes;
using Bot.Channels.Teams.Activities;
using Bot.Core.Messages;

namespace Bot.Channels.Teams.Rendering;

/// <summary>
/// Turns the engine's channel-neutral messages into outgoing activities for one conversation, one activity per
/// message. Choices go out twice on purpose: as suggested actions (1:1 chats) and as card buttons (everywhere else).
/// </summary>
public static class TeamsActivityRenderer
{
    public const string Carousel = "carousel";

    public static IReadOnlyList<Activity> Render(IReadOnlyList<OutgoingMessage> messages, ConversationReference reference, string? replyToId) =>
        messages.Select(m => Render(m, reference, replyToId)).ToList();

    public static Activity Render(OutgoingMessage message, ConversationReference reference, string? replyToId)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            From = reference.Bot,
            Recipient = reference.User,
            Conversation = reference.Conversation,
            ReplyToId = replyToId,
            Locale = reference.Locale,
        };

        return message switch
        {
            TextMessage text => activity with { Text = text.Text, TextFormat = "plain" },
            ChoicesMessage choices => activity with
            {
                Text = choices.Text,
                TextFormat = "plain",
                SuggestedActions = new SuggestedActions(choices.Choices.Select(SuggestedAction).ToList(), [reference.User.Id]),
                Attachments = [AdaptiveCardRenderer.Choices(choices)],
            },
            CardsMessage cards => activity with
            {
                Text = cards.AltText,
                TextFormat = "plain",
                AttachmentLayout = Carousel,
                Attachments = cards.Cards.Take(CardsMessage.MaxCards).Select(AdaptiveCardRenderer.Card).ToList(),
            },
            LinkMessage link => activity with { Attachments = [AdaptiveCardRenderer.Link(link)] },
            ImageMessage image => activity with { Attachments = [AdaptiveCardRenderer.Image(image)] },
            _ => throw new NotSupportedException($"No Teams rendering for {message.GetType().Name}."),
        };
    }

    /// <summary>messageBack: the value comes back as the activity's value; the label is what the chat shows.</summary>
    private static CardAction SuggestedAction(Choice choice) => new(
        CardAction.MessageBack,
        choice.Label,
        new JsonObject { [AdaptiveCardRenderer.ActionKey] = choice.Action },
        Text: choice.Label,
        DisplayText: choice.Label);
}
