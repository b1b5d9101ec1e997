using Portal.Domain.Identifiers;
using Portal.Domain.Identity.Clients;

namespace Portal.Domain.ExternalSites.Links;

/// <summary>The route value naming a linked site: its client id; a malformed one is answered as a site not linked.</summary>
public static class SiteIdentifiers
{
    public static IdentifierFormat Site { get; } =
        new("siteId", ClientIdentifiers.IsClientId, _ => new SiteLinkNotFoundException(), "demo-site");
}
