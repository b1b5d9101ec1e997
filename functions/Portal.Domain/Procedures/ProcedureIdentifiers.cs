using System.Text.RegularExpressions;
using Portal.Domain.Identifiers;
using Portal.Domain.Procedures.Serving;

namespace Portal.Domain.Procedures;

/// <summary>A procedure template's id (<c>child-allowance-certification</c>) and a 全国地方公共団体コード as requests carry them.</summary>
public static partial class ProcedureIdentifiers
{
    public static IdentifierFormat Procedure { get; } =
        IdentifierFormat.Pattern("procedure", SlugPattern(), id => new ProcedureNotFoundException(id));

    /// <summary>Digits only, up to the 6 of a code: a shorter one still gets the closest codes as suggestions.</summary>
    public static IdentifierFormat LocalGovernmentCode { get; } =
        IdentifierFormat.Pattern("local-government-code", CodePattern(), code => new UnknownLocalGovernmentException(code.Length > 10 ? code[..10] : code, []));

    /// <summary>Lower-case letters, digits and '-', as procedures.json and the form definitions name things.</summary>
    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    public static partial Regex SlugPattern();

    [GeneratedRegex("^[0-9]{1,6}$")]
    private static partial Regex CodePattern();
}
