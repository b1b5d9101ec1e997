namespace Portal.Domain.Forms;

/// <summary>A repeatable group (each child, each item): its own fields, named relative to one item, and how many items.</summary>
public sealed record RepeatableGroup
{
    /// <summary>How one item is called in messages; <c>{n}</c> is its 1-based number (e.g. "{n}人目の児童").</summary>
    public required string ItemLabel { get; init; }

    public int Min { get; init; }

    public int? Max { get; init; }

    public required IReadOnlyList<FormField> Fields { get; init; }

    public string LabelOf(int index) => ItemLabel.Replace("{n}", (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
