namespace Bot.Core.Messages;

/// <summary>
/// What a resident sent, channel-neutral: typed text, or the action of a choice or button the bot offered earlier
/// (a LINE postback's data, a Teams <c>Action.Submit</c> value, a web chat button), with any form values.
/// </summary>
/// <param name="Text">What they typed; null for a pure button press.</param>
/// <param name="Action">The <see cref="Choice.Action"/> / <see cref="CardButton.Action"/> they pressed: opaque to channels.</param>
/// <param name="Values">Named values submitted with the action (an Adaptive Card's inputs), if any.</param>
/// <param name="MessageId">The channel's id of this message or event, for logs and de-duplication.</param>
public sealed record IncomingMessage(
    ChannelUser User,
    string? Text,
    string? Action,
    IReadOnlyDictionary<string, string>? Values,
    string MessageId,
    DateTimeOffset ReceivedAt);
