namespace Portal.Domain.Forms;

/// <summary>A page or block of the form; fields are shown in list order.</summary>
public sealed record FormSection
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public string? Help { get; init; }

    public required IReadOnlyList<FormField> Fields { get; init; }
}
