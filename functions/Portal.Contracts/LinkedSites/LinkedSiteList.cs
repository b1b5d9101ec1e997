namespace Portal.Contracts.LinkedSites;

/// <summary>The resident's linked sites, most recently linked first.</summary>
public sealed record LinkedSiteList(IReadOnlyList<LinkedSiteView> Items);
