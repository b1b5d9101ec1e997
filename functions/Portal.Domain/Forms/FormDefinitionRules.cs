using System.Text.Json.Nodes;

namespace Portal.Domain.Forms;

/// <summary>The consistency rules of a definition (see <see cref="FormDefinitionReader"/>); the first broken one, or null.</summary>
public static class FormDefinitionRules
{
    public static string? Problem(FormDefinition d)
    {
        if (new[] { d.Id, d.ProcedureId, d.Title }.Any(string.IsNullOrWhiteSpace) || d.Version < 1)
        {
            return "has an empty id, procedure id or title, or a version below 1";
        }
        if (d.Sections.Count == 0 || d.Sections.Any(s => string.IsNullOrWhiteSpace(s.Title) || s.Fields.Count == 0))
        {
            return "has no sections, or a section without title or fields";
        }
        var fields = d.Fields.ToList();
        var problem = Fields(fields, d.Schema, fields, scopeName: null);
        return problem ?? RequiredLists(d.Schema, "", fields) ?? PrefillItems.Problem(fields);
    }

    private static string? Fields(IReadOnlyList<FormField> fields, JsonObject schema, IReadOnlyList<FormField> topLevel, string? scopeName)
    {
        var duplicate = fields.GroupBy(f => f.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            return $"has the field \"{duplicate.Key}\" twice";
        }
        foreach (var field in fields)
        {
            if (Field(field, schema, fields, topLevel, scopeName) is { } problem)
            {
                return $"field \"{(scopeName is null ? "" : scopeName + "[].")}{field.Name}\" {problem}";
            }
        }
        return null;
    }

    private static string? Field(FormField f, JsonObject schema, IReadOnlyList<FormField> siblings, IReadOnlyList<FormField> topLevel, string? scopeName)
    {
        if (string.IsNullOrWhiteSpace(f.Label) || !FieldKinds.All.Contains(f.Kind))
        {
            return $"has no label or an unknown kind \"{f.Kind}\"";
        }
        if (SchemaLookup.Property(schema, f.Name) is not { } property)
        {
            return "is not described by the schema";
        }
        if (f.Kind == FieldKinds.Select && (f.Options.Count == 0
            || property["enum"] is JsonArray values && !values.Select(v => v?.GetValue<string>()).SequenceEqual(f.Options.Select(o => o.Value))))
        {
            return "has no options, or options that differ from the schema's enum";
        }
        if (f.Prefill is not null && (scopeName is not null || PrefillItems.KindProblem(f) is not null))
        {
            return scopeName is not null ? $"has the prefill hint \"{f.Prefill}\", but is inside a group" : PrefillItems.KindProblem(f);
        }
        if (f.PublicFundsAccount && (f.Kind != FieldKinds.YesNo || scopeName is not null))
        {
            return "is marked publicFundsAccount, but is not a top-level yesNo field";
        }
        if (f.ShowWhen is { } condition && Condition(condition, siblings, topLevel, scopeName) is { } problem)
        {
            return problem;
        }
        if ((f.Kind == FieldKinds.Group) != (f.Group is not null))
        {
            return "is a group without item fields, or has item fields without being a group";
        }
        if (f.Group is { } group)
        {
            if (SchemaLookup.Items(property) is not { } items || group.Min < 0 || group.Max < Math.Max(1, group.Min))
            {
                return "is a group whose schema has no items, or whose min/max are inconsistent";
            }
            return Fields(group.Fields, items, topLevel, f.Name) ?? RequiredLists(items, "", group.Fields);
        }
        return null;
    }

    private static string? Condition(FieldCondition c, IReadOnlyList<FormField> siblings, IReadOnlyList<FormField> topLevel, string? scopeName)
    {
        var target = (scopeName is null ? null : siblings.FirstOrDefault(s => s.Name == c.Field))
            ?? topLevel.FirstOrDefault(s => s.Name == c.Field);
        if (target is null)
        {
            return $"is shown on \"{c.Field}\", which is no field";
        }
        if (c.EqualTo is null && c.In.Count == 0)
        {
            return "has a condition without a value";
        }
        if (target.Kind == FieldKinds.Select)
        {
            var values = (c.EqualTo is null ? c.In : [c.EqualTo]).Select(v => v?.GetValue<string>());
            if (values.Any(v => target.Options.All(o => o.Value != v)))
            {
                return $"is shown on a value that \"{c.Field}\" does not offer";
            }
        }
        return null;
    }

    /// <summary>Each name in a <c>required</c> list is a container object or an always-shown required field.</summary>
    private static string? RequiredLists(JsonObject schema, string prefix, IReadOnlyList<FormField> fields)
    {
        if (schema["required"] is JsonArray required)
        {
            foreach (var name in required.Select(n => prefix + n!.GetValue<string>()))
            {
                var field = fields.FirstOrDefault(f => f.Name == name);
                var isContainer = fields.Any(f => f.Name.StartsWith(name + ".", StringComparison.Ordinal));
                if (!isContainer && field is not { Required: true, ShowWhen: null })
                {
                    return $"lists \"{name}\" as required in the schema, but it is no always-shown required field";
                }
            }
        }
        if (schema["properties"] is JsonObject properties)
        {
            foreach (var (name, sub) in properties)
            {
                if (sub is JsonObject { } child && child["type"]?.GetValue<string>() == "object"
                    && RequiredLists(child, prefix + name + ".", fields) is { } problem)
                {
                    return problem;
                }
            }
        }
        return null;
    }
}
