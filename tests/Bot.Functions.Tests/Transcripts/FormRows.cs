using System.Text.Json.Nodes;
using Portal.Contracts.Forms;

namespace Bot.Functions.Tests.Transcripts;

/// <summary>
/// The table of a form's rows, made from its definition: every field a condition reads (a "controller") gets, row
/// by row, each value some condition names and then a value none names (the other はい／いいえ, an option no
/// condition lists), so across the rows every condition is both met and not met. Other fields take the filler's
/// default valid answer.
/// </summary>
public static class FormRows
{
    public static IReadOnlyList<IReadOnlyDictionary<string, JsonNode>> For(FormDefinitionView form)
    {
        var fields = form.Sections.SelectMany(s => s.Fields).ToList();
        var all = fields.Concat(fields.SelectMany(f => f.Group?.Fields ?? [])).ToList();
        var values = new Dictionary<string, List<JsonNode>>(StringComparer.Ordinal);
        foreach (var condition in all.Select(f => f.ShowWhen).OfType<FieldConditionView>())
        {
            var controller = all.First(f => f.Name == condition.Field);
            if (!values.TryGetValue(controller.Name, out var list))
            {
                values[controller.Name] = list = [];
            }
            foreach (var named in condition.EqualTo is { } single ? [single] : condition.In?.OfType<JsonNode>() ?? [])
            {
                if (!list.Any(v => JsonNode.DeepEquals(v, named)))
                {
                    list.Add(named.DeepClone());
                }
            }
        }
        foreach (var (name, list) in values)
        {
            var controller = all.First(f => f.Name == name);
            var unnamed = controller.Kind == "yesNo"
                ? new[] { JsonValue.Create(true), JsonValue.Create(false) }.FirstOrDefault(b => !list.Any(v => JsonNode.DeepEquals(v, b)))
                : controller.Options?.Select(o => (JsonNode)JsonValue.Create(o.Value)).FirstOrDefault(o => !list.Any(v => JsonNode.DeepEquals(v, o)));
            if (unnamed is not null)
            {
                list.Add(unnamed);
            }
        }
        var rows = values.Count == 0 ? 1 : values.Values.Max(v => v.Count);
        return [.. Enumerable.Range(0, rows).Select(row =>
            (IReadOnlyDictionary<string, JsonNode>)values.ToDictionary(v => v.Key, v => v.Value[row % v.Value.Count].DeepClone(), StringComparer.Ordinal))];
    }
}
