using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Portal.Contracts.Dates;
using Portal.Domain.Printing;

namespace Portal.Domain.Forms;

/// <summary>
/// A form's answers as the printed form shows them: sections in the definition's order, each shown field as
/// (label, value) with dates in 和暦, choices by their label, yes/no in words and one block per group item.
/// Hidden conditional fields are left out, as the resident never saw them.
/// </summary>
public static class PrintableAnswers
{
    public const string Unanswered = "（未記入）";

    public static IReadOnlyList<PrintableSection> Of(FormDefinition definition, JsonNode? answers)
    {
        var root = answers ?? new JsonObject();
        return [.. definition.Sections.Select(section => new PrintableSection(section.Title, [.. Rows(section.Fields, root, root, null, "")]))];
    }

    private static IEnumerable<PrintableRow> Rows(
        IReadOnlyList<FormField> fields, JsonNode root, JsonNode container, IReadOnlyList<FormField>? siblings, string prefix)
    {
        foreach (var field in fields)
        {
            if (!FieldVisibility.IsShown(field, root, siblings is null ? null : container, siblings))
            {
                continue;
            }
            var answer = AnswerPaths.Get(container, field.Name);
            if (field.Group is { } group)
            {
                var items = answer as JsonArray ?? [];
                for (var i = 0; i < items.Count; i++)
                {
                    foreach (var row in Rows(group.Fields, root, items[i] ?? new JsonObject(), group.Fields, $"{prefix}{group.LabelOf(i)} "))
                    {
                        yield return row;
                    }
                }
                continue;
            }
            yield return new PrintableRow(prefix + field.Label, Display(field, answer));
        }
    }

    private static string Display(FormField field, JsonNode? answer)
    {
        if (AnswerPaths.IsBlank(answer))
        {
            return Unanswered;
        }
        var text = answer is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : answer!.ToJsonString();
        return field.Kind switch
        {
            FieldKinds.Date when DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                => JapaneseEras.Format(date),
            FieldKinds.YesNo => answer!.GetValueKind() == JsonValueKind.True ? "はい" : "いいえ",
            FieldKinds.Select => field.Options.FirstOrDefault(o => o.Value == text)?.Label ?? text,
            _ => text,
        };
    }
}
