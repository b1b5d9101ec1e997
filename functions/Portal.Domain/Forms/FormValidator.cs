using System.Text.Json.Nodes;
using Portal.Contracts.Errors;

namespace Portal.Domain.Forms;

/// <summary>
/// Checks answers against one form version and reports every problem at once, one per field, in form order, each with
/// the field's Japanese label: required fields that are shown, each kind's rule (全角カタカナ, 郵便番号, 電話番号, dates),
/// choices, and whatever else the JSON Schema says. Hidden fields are neither required nor checked.
/// </summary>
public sealed class FormValidator(TimeProvider time)
{
    private static readonly TimeSpan JapanOffset = TimeSpan.FromHours(9);

    public IReadOnlyList<FieldError> Validate(FormDefinition definition, JsonNode? answers)
    {
        if (answers is not JsonObject root)
        {
            return [new FieldError("", FieldErrorCodes.Type, "回答の形式に誤りがあります。")];
        }
        var walk = new Walk(root, DateOnly.FromDateTime(time.GetUtcNow().ToOffset(JapanOffset).DateTime));
        var topLevel = definition.Fields.ToList();
        foreach (var field in topLevel)
        {
            walk.Check(field, item: null, siblings: topLevel, prefix: "", labelPrefix: "");
        }
        if (definition.CompiledSchema is { } schema)
        {
            foreach (var (path, keyword) in SchemaErrors.Evaluate(schema, root))
            {
                walk.AddSchemaError(definition.Schema, path, keyword);
            }
        }
        return walk.Errors;
    }

    /// <summary>One validation pass: the errors so far, and which paths are hidden or unanswered.</summary>
    private sealed class Walk(JsonObject root, DateOnly today)
    {
        private readonly HashSet<string> _reported = new(StringComparer.Ordinal);
        private readonly List<string> _skipped = [];
        private readonly Dictionary<string, (FormField Field, string Label)> _fields = new(StringComparer.Ordinal);

        public List<FieldError> Errors { get; } = [];

        public void Check(FormField field, JsonNode? item, IReadOnlyList<FormField> siblings, string prefix, string labelPrefix)
        {
            var path = prefix + field.Name;
            var label = labelPrefix + field.Label;
            _fields[path] = (field, label);
            if (!FieldVisibility.IsShown(field, root, item, siblings))
            {
                _skipped.Add(path);
                return;
            }
            var value = AnswerPaths.Get(item ?? root, field.Name);
            if (AnswerPaths.IsBlank(value))
            {
                _skipped.Add(path);
                if (field.Required || field.Group is { Min: > 0 })
                {
                    Add(path, FieldErrorCodes.Required, label, field.Kind);
                }
                return;
            }
            if (KindRules.Check(field, value!, today) is { } code)
            {
                Add(path, code, label, field.Kind);
                return;
            }
            if (field.Group is { } group && value is JsonArray items)
            {
                CheckGroup(group, items, path, label);
            }
        }

        private void CheckGroup(RepeatableGroup group, JsonArray items, string path, string label)
        {
            if (items.Count < group.Min)
            {
                Add(path, FieldErrorCodes.TooFewItems, label, FieldKinds.Group, group.Min);
            }
            else if (group.Max is { } max && items.Count > max)
            {
                Add(path, FieldErrorCodes.TooManyItems, label, FieldKinds.Group, max);
            }
            for (var i = 0; i < items.Count; i++)
            {
                foreach (var child in group.Fields)
                {
                    Check(child, items[i] ?? new JsonObject(), group.Fields, $"{path}[{i}].", group.LabelOf(i) + "の");
                }
            }
        }

        public void AddSchemaError(JsonObject schema, string path, string keyword)
        {
            // Required is the fields' business (it depends on what is shown); the schema's list mirrors it.
            if (keyword == "required" || _skipped.Any(s => path == s || path.StartsWith(s + ".", StringComparison.Ordinal)
                || path.StartsWith(s + "[", StringComparison.Ordinal)))
            {
                return;
            }
            var (field, label) = _fields.TryGetValue(path, out var known) ? known : (null, "回答");
            var kind = field?.Kind ?? FieldKinds.Text;
            var subschema = SchemaLookup.AtPath(schema, path);
            switch (keyword)
            {
                case "maxLength": Add(path, FieldErrorCodes.TooLong, label, kind, SchemaLookup.IntKeyword(subschema, keyword)); break;
                case "minItems": Add(path, FieldErrorCodes.TooFewItems, label, kind, SchemaLookup.IntKeyword(subschema, keyword)); break;
                case "maxItems": Add(path, FieldErrorCodes.TooManyItems, label, kind, SchemaLookup.IntKeyword(subschema, keyword)); break;
                case "enum" or "const": Add(path, FieldErrorCodes.Option, label, kind); break;
                case "type": Add(path, FieldErrorCodes.Type, label, kind); break;
                case "minimum" or "maximum" or "exclusiveMinimum" or "exclusiveMaximum": Add(path, FieldErrorCodes.OutOfRange, label, kind); break;
                case "pattern" or "format": Add(path, KindCode(kind), label, kind); break;
                default: Add(path, FieldErrorCodes.Invalid, label, kind); break;
            }
        }

        private static string KindCode(string kind) => kind switch
        {
            FieldKinds.Katakana => FieldErrorCodes.Katakana,
            FieldKinds.PostalCode => FieldErrorCodes.PostalCode,
            FieldKinds.Phone => FieldErrorCodes.Phone,
            FieldKinds.Email => FieldErrorCodes.Email,
            FieldKinds.Date => FieldErrorCodes.Date,
            _ => FieldErrorCodes.Invalid,
        };

        private void Add(string path, string code, string label, string kind, int? limit = null)
        {
            if (_reported.Add(path))
            {
                Errors.Add(new FieldError(path, code, FieldMessages.For(code, label, kind, limit)));
            }
        }
    }
}
