using System.Globalization;
using System.Text.RegularExpressions;

namespace Portal.Domain.Identifiers;

/// <summary>
/// A kind of identifier a request may carry (a draft id, a receipt number...), whether a value is one, and the error a
/// value that is not one gets: the same as an unknown one of that kind (a malformed draft id is a draft not found),
/// so the answer says nothing about why. Checked at the edge before anything reads storage with the value.
/// </summary>
/// <param name="Example">A well-formed value, for documentation and for tests that need one.</param>
public sealed record IdentifierFormat(string Kind, Func<string, bool> Matches, Func<string, Exception> Refuse, string Example)
{
    public static IdentifierFormat Pattern(string kind, Regex pattern, Func<string, Exception> refuse, string example) =>
        new(kind, pattern.IsMatch, refuse, example);

    /// <summary>A whole number from 1 to <paramref name="max"/> in ASCII digits (a position or a version).</summary>
    public static IdentifierFormat Number(string kind, int max, Func<string, Exception> refuse) =>
        new(kind, value => value.Length is > 0 and <= 9 && value.All(char.IsAsciiDigit)
            && int.Parse(value, CultureInfo.InvariantCulture) is >= 1 and var n && n <= max, refuse, "1");

    public override string ToString() => Kind;
}
