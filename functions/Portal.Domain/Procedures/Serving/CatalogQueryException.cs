using Portal.Contracts.Errors;
using Portal.Domain.Errors;

namespace Portal.Domain.Procedures.Serving;

/// <summary>A さがす parameter the catalog cannot answer (answered 400 naming it).</summary>
/// <param name="Parameter">The query parameter: q, lg, category, lifeEvent, online, page.</param>
/// <param name="Code">One of <see cref="FieldErrorCodes"/>.</param>
public sealed class CatalogQueryException(string parameter, string code, string? value = null)
    : PortalException($"The query parameter '{parameter}' is not acceptable ({code}).")
{
    public string Parameter { get; } = parameter;

    public string Code { get; } = code;

    /// <summary>What was sent (only for codes and flags, never free text).</summary>
    public string? Value { get; } = value;
}
