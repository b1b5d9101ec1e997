using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Portal.Contracts.Privacy;

namespace Portal.Domain.Privacy;

/// <summary>
/// Refuses anything that looks like an individual number (個人番号, マイナンバー; the check itself is
/// <see cref="IndividualNumbers"/>). The portal has no legal basis to hold one in a draft, so it is refused before it
/// is stored or logged.
/// </summary>
public static class IndividualNumberGuard
{
    /// <summary>Throws when <paramref name="text"/> contains an individual number.</summary>
    /// <param name="field">Where the text came from ("message", "$.applicant.note"); reported, never the value.</param>
    /// <exception cref="IndividualNumberRefusedException">It does.</exception>
    public static void EnsureNone(string? text, string field)
    {
        if (IndividualNumbers.Contains(text))
        {
            throw new IndividualNumberRefusedException(field);
        }
    }

    /// <summary>Throws when any string or number value, or any property name, in <paramref name="node"/> contains one.</summary>
    /// <exception cref="IndividualNumberRefusedException">With the JSON path of the first one found.</exception>
    public static void EnsureNone(JsonNode? node, string path = "$")
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    EnsureNone(name, path);
                    EnsureNone(value, $"{path}.{name}");
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    EnsureNone(array[i], $"{path}[{i}]");
                }
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.Number:
                // A bot may send the digits as a JSON number: as written (123456789018), and as the integer it is
                // (1.23456789018e11, 123456789018.0, or 11 digits when a leading 0 was lost).
                var written = value.ToJsonString();
                EnsureNone(written, path);
                if (decimal.TryParse(written, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && IndividualNumbers.IsNumber(number))
                {
                    throw new IndividualNumberRefusedException(path);
                }
                break;
            case JsonValue value:
                EnsureNone(value.TryGetValue<string>(out var text) ? text : value.ToJsonString(), path);
                break;
        }
    }
}
