using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Portal.Contracts.Canonical;

/// <summary>
/// RFC 8785 JSON Canonicalization Scheme: the one byte sequence a JSON value has, so that a signature over it survives
/// any re-serialisation. Object members sorted by their names' UTF-16 code units, no whitespace, numbers as ECMAScript
/// prints an IEEE 754 double, strings with only the escapes JSON.stringify makes, UTF-8. One implementation for signed
/// applications and history entries (and a resident's verifier, which references this assembly).
/// </summary>
public static class JsonCanonicalizer
{
    /// <exception cref="CanonicalizationException">Duplicate member names, a lone surrogate, or a number that is not a finite double (not I-JSON).</exception>
    public static byte[] Canonicalize(JsonElement value)
    {
        var builder = new StringBuilder();
        Write(builder, value);
        return Encoding.UTF8.GetBytes(builder.ToString());
    }

    /// <exception cref="JsonException">Not JSON.</exception>
    /// <exception cref="CanonicalizationException">See <see cref="Canonicalize(JsonElement)"/>.</exception>
    public static byte[] Canonicalize(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Canonicalize(document.RootElement);
    }

    /// <summary>
    /// A value as a tree: parsed parts are written as parsed JSON is; values code put in are written out and read back
    /// (a number held as a long is the same double as its text). Strings are UTF-8 encoded like the store encodes them,
    /// a lone surrogate as U+FFFD, so what is hashed is what is kept.
    /// </summary>
    /// <exception cref="CanonicalizationException">See <see cref="Canonicalize(JsonElement)"/>.</exception>
    public static byte[] Canonicalize(JsonNode? node)
    {
        var builder = new StringBuilder();
        Write(builder, node, null);
        return Encoding.UTF8.GetBytes(builder.ToString());
    }

    /// <summary>The canonical form of <paramref name="obj"/> as if it had no member <paramref name="except"/>.</summary>
    /// <exception cref="CanonicalizationException">See <see cref="Canonicalize(JsonElement)"/>.</exception>
    public static byte[] CanonicalizeWithout(JsonObject obj, string except)
    {
        var builder = new StringBuilder();
        Write(builder, obj, except);
        return Encoding.UTF8.GetBytes(builder.ToString());
    }

    /// <summary>Walks the tree itself (a verifier re-hashes thousands of entries; a round trip through text per entry doubled its time).</summary>
    private static void Write(StringBuilder output, JsonNode? node, string? except)
    {
        switch (node)
        {
            case null:
                output.Append("null");
                break;
            case JsonObject obj:
                var members = obj.Where(m => !string.Equals(m.Key, except, StringComparison.Ordinal)).ToList();
                // A JsonObject cannot hold a name twice; the order is the one WriteObject gives parsed members.
                members.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
                output.Append('{');
                for (var i = 0; i < members.Count; i++)
                {
                    if (i > 0)
                    {
                        output.Append(',');
                    }
                    WriteString(output, members[i].Key);
                    output.Append(':');
                    Write(output, members[i].Value, null);
                }
                output.Append('}');
                break;
            case JsonArray array:
                output.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    if (i > 0)
                    {
                        output.Append(',');
                    }
                    Write(output, array[i], null);
                }
                output.Append(']');
                break;
            case JsonValue value when value.TryGetValue<JsonElement>(out var parsed):
                Write(output, parsed);
                break;
            case JsonValue value when value.TryGetValue<string>(out var text):
                WriteString(output, text);
                break;
            default:
                using (var document = JsonSerializer.SerializeToDocument(node))
                {
                    Write(output, document.RootElement);
                }
                break;
        }
    }

    private static void Write(StringBuilder output, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                WriteObject(output, value, null);
                break;
            case JsonValueKind.Array:
                output.Append('[');
                var first = true;
                foreach (var item in value.EnumerateArray())
                {
                    if (!first)
                    {
                        output.Append(',');
                    }
                    first = false;
                    Write(output, item);
                }
                output.Append(']');
                break;
            case JsonValueKind.String:
                WriteString(output, ReadString(value));
                break;
            case JsonValueKind.Number:
                if (!value.TryGetDouble(out var number) || !double.IsFinite(number))
                {
                    throw new CanonicalizationException($"The number {value.GetRawText()} is outside the range of a double.");
                }
                output.Append(EcmaScriptNumber.Format(number));
                break;
            case JsonValueKind.True:
                output.Append("true");
                break;
            case JsonValueKind.False:
                output.Append("false");
                break;
            case JsonValueKind.Null:
                output.Append("null");
                break;
            default:
                throw new CanonicalizationException($"Unexpected JSON value kind {value.ValueKind}.");
        }
    }

    /// <summary>A lone surrogate (legal JSON escape, not I-JSON) cannot be read as a string: refused like other non-I-JSON.</summary>
    private static string ReadString(JsonElement value)
    {
        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException e)
        {
            throw new CanonicalizationException($"A string is not valid Unicode: {e.Message}");
        }
    }

    private static void WriteObject(StringBuilder output, JsonElement value, string? except)
    {
        var members = value.EnumerateObject().Where(m => !string.Equals(m.Name, except, StringComparison.Ordinal)).ToList();
        // Ordinal string comparison in .NET compares UTF-16 code units, exactly JCS's order (not code points: a
        // surrogate pair sorts below U+E000..U+FFFF).
        members.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        output.Append('{');
        for (var i = 0; i < members.Count; i++)
        {
            if (i > 0)
            {
                if (string.Equals(members[i - 1].Name, members[i].Name, StringComparison.Ordinal))
                {
                    throw new CanonicalizationException("An object has the same member name twice.");
                }
                output.Append(',');
            }
            WriteString(output, members[i].Name);
            output.Append(':');
            Write(output, members[i].Value);
        }
        output.Append('}');
    }

    /// <summary>JSON.stringify's escaping: the two-character escapes where they exist, \u00xx for other controls, else literal.</summary>
    private static void WriteString(StringBuilder output, string value)
    {
        output.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': output.Append("\\\""); break;
                case '\\': output.Append("\\\\"); break;
                case '\b': output.Append("\\b"); break;
                case '\f': output.Append("\\f"); break;
                case '\n': output.Append("\\n"); break;
                case '\r': output.Append("\\r"); break;
                case '\t': output.Append("\\t"); break;
                case < ' ':
                    output.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    output.Append(c);
                    break;
            }
        }
        output.Append('"');
    }
}
