namespace Portal.Contracts.Forms;

public sealed record FieldOptionView(string Value, string Label);
