using System.Globalization;
using System.Text.Json.Nodes;
using Portal.Domain.Accounts.Profile;
using Portal.Domain.Forms;

namespace Portal.Domain.Drafts.Prefill;

/// <summary>
/// Which of a form's prefill fields are empty in the answers, and the merge patch that fills them from the profile in
/// each field's format. A field with an answer is never in it: what the resident typed stays.
/// </summary>
public static class ProfileFill
{
    /// <returns>The merge patch (empty when there is nothing to fill) and the names of the fields it fills, in form order.</returns>
    public static (JsonObject Patch, IReadOnlyList<string> Filled) Of(FormDefinition form, JsonObject answers, ResidentProfile profile)
    {
        var patch = new JsonObject();
        var filled = new List<string>();
        foreach (var field in form.Fields.Where(f => f.Prefill is not null && FieldVisibility.IsShown(f, answers, null, null)))
        {
            if (!AnswerPaths.IsBlank(AnswerPaths.Get(answers, field.Name)) || !HasRoom(answers, field.Name)
                || ValueFor(field, profile) is not { } value)
            {
                continue;
            }
            Set(patch, field.Name, value);
            filled.Add(field.Name);
        }
        return (patch, filled);
    }

    /// <summary>The profile item in the field's format: dates ISO, sex as the field's option value (none for "9").</summary>
    private static string? ValueFor(FormField field, ResidentProfile profile) => field.Prefill switch
    {
        PrefillItems.Name => profile.Name,
        PrefillItems.Address => profile.Address,
        PrefillItems.DateOfBirth => profile.DateOfBirth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        PrefillItems.Sex => profile.Sex switch
        {
            "1" => PrefillItems.Male,
            "2" => PrefillItems.Female,
            _ => null,
        },
        _ => null,
    };

    /// <summary>Every container on the way is absent or an object: a patch never replaces a non-object answer.</summary>
    private static bool HasRoom(JsonObject answers, string dottedName)
    {
        JsonNode? node = answers;
        foreach (var segment in dottedName.Split('.')[..^1])
        {
            if (node is not JsonObject obj || !obj.TryGetPropertyValue(segment, out node) || node is null)
            {
                return node is null;
            }
        }
        return node is JsonObject;
    }

    private static void Set(JsonObject patch, string dottedName, string value)
    {
        var segments = dottedName.Split('.');
        var node = patch;
        foreach (var segment in segments[..^1])
        {
            if (node[segment] is not JsonObject child)
            {
                node[segment] = child = [];
            }
            node = child;
        }
        node[segments[^1]] = value;
    }
}
