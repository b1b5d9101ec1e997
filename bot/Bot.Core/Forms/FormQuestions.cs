using System.Globalization;
using System.Text.Json.Nodes;
using Portal.Contracts.Forms;

namespace Bot.Core.Forms;

/// <summary>
/// The questions of a form in the definition's order, given the answers so far: hidden fields (their condition not
/// met) are left out; a repeatable group asks each item's fields, then "another?" until it is closed or full.
/// </summary>
public static class FormQuestions
{
    public static IReadOnlyList<FormQuestion> All(FormDefinitionView form, JsonObject data, IReadOnlyCollection<string> closedGroups)
    {
        var questions = new List<FormQuestion>();
        foreach (var section in form.Sections)
        {
            foreach (var field in section.Fields)
            {
                if (!IsShown(field, data, null, null))
                {
                    continue;
                }
                if (field.Kind != FieldKindNames.Group || field.Group is not { } group)
                {
                    questions.Add(new FormQuestion(field.Name, field, null, section.Id));
                    continue;
                }
                var count = AnswerPath.Get(data, field.Name) is JsonArray items ? items.Count : 0;
                var asked = Math.Max(count, group.Min);
                for (var i = 0; i < asked; i++)
                {
                    var item = AnswerPath.Get(data, $"{field.Name}[{i}]");
                    var label = group.ItemLabel.Replace("{n}", (i + 1).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
                    questions.AddRange(group.Fields
                        .Where(f => IsShown(f, data, item, group.Fields))
                        .Select(f => new FormQuestion($"{field.Name}[{i}].{f.Name}", f, label, section.Id)));
                }
                if (asked >= group.Min && (group.Max is null || asked < group.Max) && !closedGroups.Contains(field.Name))
                {
                    questions.Add(new FormQuestion(field.Name + FormQuestion.MoreSuffix, field, null, section.Id));
                }
            }
        }
        return questions;
    }

    /// <summary>The first question without an answer (a group's "another?" until closed), or null: ready to review.</summary>
    public static FormQuestion? NextUnanswered(IReadOnlyList<FormQuestion> questions, JsonObject data) =>
        questions.FirstOrDefault(q => q.IsMore || IsBlank(AnswerPath.Get(data, q.Path)));

    public static bool IsBlank(JsonNode? value) => value switch
    {
        null => true,
        JsonValue v when v.TryGetValue<string>(out var s) => string.IsNullOrWhiteSpace(s),
        JsonArray a => a.Count == 0,
        _ => false,
    };

    /// <summary>A condition on a sibling name reads the group item; any other reads the whole answers.</summary>
    private static bool IsShown(FormFieldView field, JsonObject root, JsonNode? item, IReadOnlyList<FormFieldView>? siblings)
    {
        if (field.ShowWhen is not { } condition)
        {
            return true;
        }
        var readsItem = item is not null && siblings is not null && siblings.Any(s => s.Name == condition.Field);
        var value = AnswerPath.Get(readsItem ? item : root, condition.Field);
        if (value is null)
        {
            return false;
        }
        return condition.EqualTo is not null
            ? JsonNode.DeepEquals(value, condition.EqualTo)
            : condition.In?.Any(candidate => JsonNode.DeepEquals(value, candidate)) ?? false;
    }
}
