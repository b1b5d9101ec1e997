namespace Portal.Domain.Information.Catalogue;

/// <summary>A group of categories as the portal lists them (健康・医療, 税・所得・口座, ...).</summary>
public sealed record InformationGroup(string Id, string Name);
