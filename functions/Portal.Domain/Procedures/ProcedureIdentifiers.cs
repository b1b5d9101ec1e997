using System.Text.RegularExpressions;
using Portal.Domain.Identifiers;
using Portal.Domain.Procedures.Serving;

namespace Portal.Domain.Procedures;

/// <summary>A procedure template's id (<c>child-allowance-certification</c>) and a 全国地方公共団体コード as requests carry them.</summary>
public static partial class ProcedureIdentifiers
{
    public static IdentifierFormat Procedure { get; } =
        IdentifierFormat.Pattern("procedure", SlugPattern(), id => new ProcedureNotFoundException(id), "child-allowance-certification");

    /// <summary>
    /// A code, or what a resident sent instead (a short code, a name: both still get the closest matches as
    /// suggestions, from the catalog in memory): up to 32 characters, no control characters, no path separators.
    /// </summary>
    public static IdentifierFormat LocalGovernmentCode { get; } =
        IdentifierFormat.Pattern("local-government-code", CodePattern(), code => new UnknownLocalGovernmentException(code.Length > 10 ? code[..10] : code, []), "131016");

    /// <summary>Lower-case letters, digits and '-', as procedures.json and the form definitions name things.</summary>
    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    public static partial Regex SlugPattern();

    [GeneratedRegex(@"^[^\p{C}/\\]{1,32}$")]
    private static partial Regex CodePattern();
}
