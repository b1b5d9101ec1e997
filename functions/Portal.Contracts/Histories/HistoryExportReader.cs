using System.Text.Json;
using System.Text.Json.Nodes;

namespace Portal.Contracts.Histories;

/// <summary>
/// Reads a saved export for verification. The entries stay views over one parsed document: deserialising each into a
/// node of its own copied every entry and was most of the time a 10,000-entry verification took.
/// </summary>
public static class HistoryExportReader
{
    /// <returns>The export, or null when it lacks what every export has (history, entries, head).</returns>
    /// <exception cref="JsonException">Not JSON, or a member of the wrong kind.</exception>
    public static async Task<HistoryExport?> ReadAsync(Stream utf8Json, CancellationToken cancellationToken)
    {
        // Not disposed: the entries read from it for as long as the export is in use.
        var document = await JsonDocument.ParseAsync(utf8Json, cancellationToken: cancellationToken);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || root.Deserialize<Envelope>(JsonSerializerOptions.Web) is not { History: not null, Head: not null } envelope
            || !root.TryGetProperty("entries", out var entries) || entries.ValueKind != JsonValueKind.Array)
        {
            return null;
        }
        return new HistoryExport(envelope.History, envelope.Checkpoint, Objects(entries),
            root.TryGetProperty("beforeChain", out var before) && before.ValueKind == JsonValueKind.Array ? Objects(before) : [],
            envelope.Head, envelope.Inclusion);
    }

    /// <exception cref="JsonException">An item is not an object.</exception>
    private static List<JsonObject> Objects(JsonElement array) =>
        [.. array.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Object ? JsonObject.Create(e)! : throw new JsonException("An entry is not an object."))];

    /// <summary>The export without its entries (the serializer skips them).</summary>
    private sealed record Envelope(string? History, HistoryCheckpoint? Checkpoint, string? Head, TreeInclusion? Inclusion);
}
