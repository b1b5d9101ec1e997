using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Portal.Contracts.Histories;

/// <summary>
/// The JSON Canonicalization Scheme (RFC 8785): the one text a JSON value hashes as, so the portal and a resident's
/// verifier hash an entry identically whatever whitespace, key order or number spelling carried it.
/// </summary>
public static class JsonCanonicalizer
{
    public static string Canonicalize(JsonNode? node)
    {
        var text = new StringBuilder();
        Write(node, text);
        return text.ToString();
    }

    public static byte[] CanonicalBytes(JsonNode? node) => Encoding.UTF8.GetBytes(Canonicalize(node));

    /// <summary>The canonical form of <paramref name="obj"/> as if it had no member <paramref name="except"/> (no copy made).</summary>
    public static byte[] CanonicalBytesWithout(JsonObject obj, string except)
    {
        var text = new StringBuilder();
        WriteObject(obj, except, text);
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static void Write(JsonNode? node, StringBuilder text)
    {
        switch (node)
        {
            case null:
                text.Append("null");
                break;
            case JsonObject obj:
                WriteObject(obj, null, text);
                break;
            case JsonArray array:
                text.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    if (i > 0)
                    {
                        text.Append(',');
                    }
                    Write(array[i], text);
                }
                text.Append(']');
                break;
            default:
                WriteValue(node.AsValue(), text);
                break;
        }
    }

    private static void WriteObject(JsonObject obj, string? except, StringBuilder text)
    {
        text.Append('{');
        var first = true;
        // RFC 8785 §3.2.3: property names sorted by their UTF-16 code units, which is what ordinal comparison does.
        foreach (var (name, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (name == except)
            {
                continue;
            }
            if (!first)
            {
                text.Append(',');
            }
            first = false;
            WriteString(name, text);
            text.Append(':');
            Write(value, text);
        }
        text.Append('}');
    }

    private static void WriteValue(JsonValue value, StringBuilder text)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                WriteString(value.GetValue<string>(), text);
                break;
            case JsonValueKind.Number:
                // A parsed element reads as a double directly; a value code put in (a long, a decimal) goes through its
                // text, so every spelling of a number becomes the same double.
                var number = value.TryGetValue<double>(out var d) ? d
                    : double.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
                text.Append(EcmaScriptNumber.Format(number));
                break;
            case JsonValueKind.True:
                text.Append("true");
                break;
            case JsonValueKind.False:
                text.Append("false");
                break;
            default:
                text.Append("null");
                break;
        }
    }

    /// <summary>RFC 8785 §3.2.2.2: JSON.stringify's escaping — the short escapes, other controls as \u00xx, the rest as is.</summary>
    private static void WriteString(string value, StringBuilder text)
    {
        text.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\b': text.Append("\\b"); break;
                case '\f': text.Append("\\f"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case < ' ': text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                default: text.Append(c); break;
            }
        }
        text.Append('"');
    }
}
