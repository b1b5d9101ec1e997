namespace DemoSite;

/// <summary>Names this app's assembly for a test host (WebApplicationFactory), as the portal's LocalHostMarker does.</summary>
public sealed class DemoSiteMarker;
