using System.Text.Json.Nodes;

namespace Portal.Domain.Forms;

/// <summary>How far a resident is: required fields that are shown and answered, out of all required fields shown.</summary>
public sealed record FormProgress(int Answered, int Required)
{
    /// <summary>0–100; a form with nothing required counts as complete.</summary>
    public int Percent => Required == 0 ? 100 : Answered * 100 / Required;

    public static FormProgress Of(FormDefinition definition, JsonNode? answers)
    {
        var root = answers as JsonObject ?? [];
        var topLevel = definition.Fields.ToList();
        var (answered, required) = Count(topLevel, root, item: null);
        return new FormProgress(answered, required);
    }

    private static (int Answered, int Required) Count(IReadOnlyList<FormField> fields, JsonNode root, JsonNode? item)
    {
        int answered = 0, required = 0;
        foreach (var field in fields.Where(f => FieldVisibility.IsShown(f, root, item, item is null ? null : fields)))
        {
            var value = AnswerPaths.Get(item ?? root, field.Name);
            if (field.Required || field.Group is { Min: > 0 })
            {
                required++;
                answered += AnswerPaths.IsBlank(value) ? 0 : 1;
            }
            if (field.Group is { } group && value is JsonArray items)
            {
                foreach (var entry in items)
                {
                    var (a, r) = Count(group.Fields, root, entry ?? new JsonObject());
                    answered += a;
                    required += r;
                }
            }
        }
        return (answered, required);
    }
}
