using Portal.Domain.Errors;

namespace Portal.Domain.Forms;

/// <summary>No form has that id, or not that version (answered 404).</summary>
public sealed class FormNotFoundException(string formId, int? version)
    : PortalException(version is null ? $"No form has the id '{formId}'." : $"Form '{formId}' has no version {version}.")
{
    public string FormId { get; } = formId;

    public int? Version { get; } = version;
}
