namespace Portal.Contracts.Information;

/// <summary>A field of a category's records: its key ("members.name" inside an array), Japanese label, and whether residents see it masked.</summary>
public sealed record InformationFieldView(string Key, string Label, bool Masked);
