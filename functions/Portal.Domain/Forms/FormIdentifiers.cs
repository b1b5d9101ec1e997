using Portal.Domain.Identifiers;
using Portal.Domain.Procedures;

namespace Portal.Domain.Forms;

/// <summary>A form definition's id and version as requests carry them.</summary>
public static class FormIdentifiers
{
    public static IdentifierFormat Form { get; } =
        IdentifierFormat.Pattern("form", ProcedureIdentifiers.SlugPattern(), id => new FormNotFoundException(id, null), "child-allowance-certification");

    public static IdentifierFormat Version { get; } = IdentifierFormat.Number("form-version", 9999, _ => new FormNotFoundException("", null));
}
