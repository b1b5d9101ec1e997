namespace DemoSite.Portal;

/// <summary>The portal refused the site's access token (401): the resident unlinked the site, or the token expired.</summary>
public sealed class PortalLinkLostException(string challenge) : Exception($"The portal refused the access token: {challenge}");
