namespace DemoSite.Portal;

/// <summary>One record of the resident's わたしの情報 as the portal handed it to the site: who provided it, from when, and its labelled values (none when withheld).</summary>
public sealed record InformationRecord(string Category, string Provider, string ValidFrom, bool Withheld, IReadOnlyList<InformationItem> Items);
