namespace Portal.Contracts.Forms;

/// <summary>A block of the form; fields in display order.</summary>
public sealed record FormSectionView(string Id, string Title, string? Help, IReadOnlyList<FormFieldView> Fields);
