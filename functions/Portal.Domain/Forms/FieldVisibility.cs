using System.Text.Json.Nodes;

namespace Portal.Domain.Forms;

/// <summary>Whether a field is shown, given the answers so far.</summary>
public static class FieldVisibility
{
    /// <param name="root">All answers.</param>
    /// <param name="item">The group item the field belongs to, or null for a top-level field.</param>
    /// <param name="siblings">The fields of that group (a condition on a sibling name reads the item).</param>
    public static bool IsShown(FormField field, JsonNode root, JsonNode? item, IReadOnlyList<FormField>? siblings)
    {
        if (field.ShowWhen is not { } condition)
        {
            return true;
        }
        var readsItem = item is not null && siblings is not null && siblings.Any(s => s.Name == condition.Field);
        return condition.Matches(AnswerPaths.Get(readsItem ? item : root, condition.Field));
    }
}
