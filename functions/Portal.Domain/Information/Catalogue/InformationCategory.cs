using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Json.Schema;

namespace Portal.Domain.Information.Catalogue;

/// <summary>
/// One 分野項目 of わたしの情報: a stable ASCII id, its number and name in the Digital Agency's list, its group, the
/// kinds of body that may provide it, and what a record of it holds (a JSON Schema) with a Japanese label for every
/// field (回答詳細 shows labels, never keys). Labels of an array's items are keyed "array.field".
/// </summary>
public sealed record InformationCategory
{
    public required string Id { get; init; }

    public required int Number { get; init; }

    public required string Name { get; init; }

    public required string Group { get; init; }

    /// <summary>Which <see cref="BodyKinds"/> may provide records of it; none when <see cref="PortalHeld"/>.</summary>
    public required IReadOnlyList<string> Providers { get; init; }

    /// <summary>
    /// The portal itself holds it (公金受取口座, registered by the resident in マイナポータル): an
    /// <see cref="Residents.IPortalHeldInformation"/> answers it, and no agency may record it.
    /// </summary>
    public bool PortalHeld { get; init; }

    /// <summary>Null in the data: the catalogue's generic schema (a summary) until one is written.</summary>
    public JsonObject? Schema { get; init; }

    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    /// <summary>Fields shown to the resident masked (the 被保険者番号, which the law forbids asking for casually).</summary>
    public IReadOnlyList<string> Masked { get; init; } = [];

    /// <summary>True when the category has a schema of its own rather than the generic one.</summary>
    public bool HasOwnSchema { get; init; }

    [JsonIgnore]
    public JsonSchema CompiledSchema { get; init; } = null!;

    public bool MayBeProvidedBy(string bodyKind) => !PortalHeld && Providers.Contains(bodyKind, StringComparer.Ordinal);
}
