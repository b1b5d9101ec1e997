using Portal.Contracts.Privacy;

namespace Bot.Core.Privacy;

/// <summary>
/// Finds what looks like an individual number (マイナンバー) in what a resident typed, with the check shared with the
/// portal (<see cref="IndividualNumbers"/>). Every channel asks here; a message that has one is refused before
/// anything is stored or logged.
/// </summary>
public static class IndividualNumberDetector
{
    public static bool Contains(string? text) => IndividualNumbers.Contains(text);

    /// <summary>
    /// Whether any name or value of a submitted form (an Adaptive Card's inputs, the web chat's values) holds one:
    /// the names are JSON keys a client chose, so a number can travel there as well.
    /// </summary>
    public static bool ContainsAny(IReadOnlyDictionary<string, string>? values) =>
        values?.Any(v => Contains(v.Key) || Contains(v.Value)) ?? false;
}
