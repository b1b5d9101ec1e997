namespace Portal.Contracts.Applications.Agencies;

/// <summary>A submitted file as the signed document names it, with where to download its bytes.</summary>
/// <param name="Index">1-based position in the revision's attachment list.</param>
/// <param name="Href">GET it with the same agency token.</param>
public sealed record AgencyAttachmentView(int Index, string Name, string ContentType, long Size, string Sha256, string Href);
