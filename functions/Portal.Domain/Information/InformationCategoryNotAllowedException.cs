using Portal.Domain.Errors;

namespace Portal.Domain.Information;

/// <summary>The caller's kind of body may not provide this category (a municipality and 年金; answered 403).</summary>
public sealed class InformationCategoryNotAllowedException(string category, string bodyKind)
    : PortalException($"A body of kind '{bodyKind}' may not provide '{category}'.")
{
    public string Category { get; } = category;

    public string BodyKind { get; } = bodyKind;
}
