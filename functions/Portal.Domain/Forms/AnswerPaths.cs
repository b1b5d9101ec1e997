using System.Text;
using System.Text.Json.Nodes;

namespace Portal.Domain.Forms;

/// <summary>
/// Reading answers by a field's dotted name, and the two spellings of a location: error paths ("children[1].kana")
/// and JSON Pointers ("/children/1/kana", as JSON Schema reports them).
/// </summary>
public static class AnswerPaths
{
    public static JsonNode? Get(JsonNode? container, string dottedName)
    {
        var node = container;
        foreach (var segment in dottedName.Split('.'))
        {
            if (node is not JsonObject obj || !obj.TryGetPropertyValue(segment, out node))
            {
                return null;
            }
        }
        return node;
    }

    /// <summary>Unanswered: absent, null, a blank string or an empty list.</summary>
    public static bool IsBlank(JsonNode? value) => value switch
    {
        null => true,
        JsonValue v when v.TryGetValue<string>(out var s) => string.IsNullOrWhiteSpace(s),
        JsonArray a => a.Count == 0,
        _ => false,
    };

    public static string FromPointer(string pointer)
    {
        var builder = new StringBuilder();
        foreach (var raw in pointer.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var segment = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (int.TryParse(segment, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _))
            {
                builder.Append('[').Append(segment).Append(']');
            }
            else
            {
                builder.Append(builder.Length == 0 ? "" : ".").Append(segment);
            }
        }
        return builder.ToString();
    }
}
