using System.Text.RegularExpressions;
using Portal.Domain.Identifiers;

namespace Portal.Domain.Histories.Trees;

/// <summary>The route value of a published tree head: its day, yyyy-MM-dd (Japan time), as the blob is named.</summary>
public static partial class HistoryTreeIdentifiers
{
    public static IdentifierFormat Day { get; } =
        IdentifierFormat.Pattern("day", DayPattern(), day => new TreeHeadNotFoundException(day), "2026-12-07");

    [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    private static partial Regex DayPattern();
}
