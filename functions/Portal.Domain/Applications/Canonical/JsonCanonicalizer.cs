using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Portal.Domain.Applications.Canonical;

/// <summary>
/// RFC 8785 JSON Canonicalization Scheme: the one byte sequence a JSON value has, so that a signature over it survives
/// any re-serialisation. Object members sorted by their names' UTF-16 code units, no whitespace, numbers as ECMAScript
/// prints an IEEE 754 double, strings with only the escapes JSON.stringify makes, UTF-8.
/// </summary>
public static class JsonCanonicalizer
{
    /// <exception cref="CanonicalizationException">Duplicate member names or a number that is not a finite double (not I-JSON).</exception>
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

    /// <summary>ECMAScript's Number::toString for a finite double (ECMA-262 §6.1.6.1.20), which JCS adopts.</summary>
    public static string FormatNumber(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new CanonicalizationException("NaN and infinities are not JSON numbers.");
        }
        if (value == 0)
        {
            return "0"; // -0 too
        }
        // .NET's round-trip format is the shortest representation that round-trips, like ECMAScript's: only the
        // layout differs, so take its digits and exponent and lay them out as ECMAScript does.
        var (negative, digits, n) = Decompose(value.ToString("R", CultureInfo.InvariantCulture));
        var k = digits.Length;
        var text = new StringBuilder();
        if (negative)
        {
            text.Append('-');
        }
        if (k <= n && n <= 21)
        {
            text.Append(digits).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            text.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        }
        else if (-6 < n && n <= 0)
        {
            text.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            text.Append(digits[0]);
            if (k > 1)
            {
                text.Append('.').Append(digits, 1, k - 1);
            }
            var exponent = n - 1;
            text.Append('e').Append(exponent >= 0 ? '+' : '-').Append(Math.Abs(exponent).ToString(CultureInfo.InvariantCulture));
        }
        return text.ToString();
    }

    /// <summary>
    /// "R" output ("-1.2345E-07", "123.45", "1E+21") as significant digits d1..dk (no leading or trailing zeros) and
    /// n such that the value is 0.d1..dk × 10^n, the terms ECMA-262 states the layout rules in.
    /// </summary>
    private static (bool Negative, string Digits, int N) Decompose(string r)
    {
        var negative = r.StartsWith('-');
        if (negative)
        {
            r = r[1..];
        }
        var exponent = 0;
        var e = r.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(r[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            r = r[..e];
        }
        var point = r.IndexOf('.');
        var integerDigits = point >= 0 ? point : r.Length;
        var all = r.Replace(".", "", StringComparison.Ordinal);
        var leading = all.Length - all.TrimStart('0').Length;
        var digits = all.Trim('0');
        return (negative, digits, integerDigits - leading + exponent);
    }

    private static void Write(StringBuilder output, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                WriteObject(output, value);
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
                output.Append(FormatNumber(number));
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

    private static void WriteObject(StringBuilder output, JsonElement value)
    {
        var members = new List<JsonProperty>(value.EnumerateObject());
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
