using Portal.Domain.Errors;

namespace Portal.Domain.ExternalSites.Links;

/// <summary>The resident has no link to that site (never linked, or already unlinked).</summary>
public sealed class SiteLinkNotFoundException() : PortalException("The resident has no link to that site");
