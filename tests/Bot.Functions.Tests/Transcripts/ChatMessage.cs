namespace Bot.Functions.Tests.Transcripts;

/// <summary>
/// A bot message as a resident sees it on any channel: its text, the choices offered (quick replies, suggested
/// actions, buttons), a link to open, or cards with rows and buttons. Each channel's client reads its own wire format
/// into this, so one transcript runs on LINE, Teams and the web chat alike.
/// </summary>
/// <param name="Kind">"text", "choices", "link", "cards" or "image".</param>
public sealed record ChatMessage(string Kind, string Text, IReadOnlyList<ChatChoice> Choices, ChatChoice? Link, IReadOnlyList<ChatCard> Cards)
{
    public static ChatMessage Plain(string text) => new("text", text, [], null, []);

    public bool Says(string part) => Text.Contains(part, StringComparison.Ordinal);

    /// <summary>One line for a transcript: test data only, and never a link's address (it carries codes).</summary>
    public override string ToString() => Kind switch
    {
        "choices" => $"{Text} [{string.Join(" / ", Choices.Select(c => c.Label))}]",
        "link" => $"{Text} <{Link?.Label}>",
        "cards" => string.Join(" | ", Cards.Select(c =>
            $"{c.Title}: {string.Join(", ", c.Fields.Select(f => $"{f.Label}={f.Value}"))} [{string.Join(" / ", c.Buttons.Select(b => b.Label))}]")),
        "image" => "(image)",
        _ => Text,
    };
}
