namespace Portal.Domain.Forms;

/// <summary>One choice of a select field: the stored value and its Japanese label.</summary>
public sealed record FieldOption(string Value, string Label);
