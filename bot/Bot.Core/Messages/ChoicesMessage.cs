namespace Bot.Core.Messages;

/// <summary>
/// A question with a few answers to tap (LINE quick replies: at most 13, labels at most 20 characters; Teams
/// suggested actions or card buttons). The resident may still type instead.
/// </summary>
public sealed record ChoicesMessage(string Text, IReadOnlyList<Choice> Choices) : OutgoingMessage
{
    public const int MaxChoices = 13;

    public const int MaxLabelLength = 20;
}
