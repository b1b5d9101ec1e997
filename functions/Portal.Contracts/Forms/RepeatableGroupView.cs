namespace Portal.Contracts.Forms;

/// <summary>A repeatable group: <c>ItemLabel</c> with <c>{n}</c> for the item's 1-based number.</summary>
public sealed record RepeatableGroupView(string ItemLabel, int Min, int? Max, IReadOnlyList<FormFieldView> Fields);
