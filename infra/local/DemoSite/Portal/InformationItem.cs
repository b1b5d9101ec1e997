namespace DemoSite.Portal;

/// <summary>A labelled value of a record, as text.</summary>
public sealed record InformationItem(string Label, string Value);
