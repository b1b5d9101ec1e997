using Portal.Contracts.Forms;

namespace Bot.Core.Forms;

/// <summary>
/// One question of a form: a field at a path ("person.reading", "items[0].reading"), or, with <see cref="IsMore"/>,
/// "add another item?" of a repeatable group (path "items[+]").
/// </summary>
public sealed record FormQuestion(string Path, FormFieldView Field, string? ItemLabel, string SectionId)
{
    public const string MoreSuffix = "[+]";

    public bool IsMore => Path.EndsWith(MoreSuffix, StringComparison.Ordinal);

    public string Label => ItemLabel is null ? Field.Label : $"{ItemLabel}の{Field.Label}";

    /// <summary>Entered on the web form page only, never as chat text.</summary>
    public bool OnPage => !IsMore && (Field.Sensitive || Field.Kind == FieldKindNames.Attachment);
}
