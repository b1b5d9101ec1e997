using Portal.Domain.Errors;

namespace Portal.Domain.Information;

/// <summary>An agency named a category the catalogue does not have (answered 404).</summary>
public sealed class InformationCategoryNotFoundException(string category)
    : PortalException($"No information category '{category}'.")
{
    public string Category { get; } = category;
}
