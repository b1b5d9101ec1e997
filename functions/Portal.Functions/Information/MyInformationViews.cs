using System.Text.Json.Nodes;
using Portal.Contracts.Information;
using Portal.Domain.Information.Catalogue;
using Portal.Domain.Information.Records;
using Portal.Domain.Information.Residents;

namespace Portal.Functions.Information;

/// <summary>
/// 回答詳細 as the resident reads it: by category (in the list's order) and provider, each value under its Japanese
/// label, masked fields masked, and a withheld record as 不開示 with nothing of its content.
/// </summary>
public static class MyInformationViews
{
    private const string Disclosed = "開示";
    private const string NotDisclosed = "不開示";

    public static MyInformationView View(ResidentInformation information, InformationCatalogue catalogue) => new(
        information.From, information.To,
        [.. information.Periods.Select(p => new MyInformationPeriodView(p.From, p.To, Categories(p.Records, catalogue)))]);

    private static List<MyInformationCategoryView> Categories(IReadOnlyList<InformationRecord> records, InformationCatalogue catalogue) =>
    [
        .. catalogue.Categories
            .Select(c => (Category: c, Records: records.Where(r => r.Category == c.Id).ToList()))
            .Where(c => c.Records.Count > 0)
            .Select(c => new MyInformationCategoryView(c.Category.Id, c.Category.Name, c.Category.Group,
            [
                .. c.Records.GroupBy(r => r.Body).OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => new MyInformationProviderView(g.MaxBy(r => r.RecordedAt)!.ProviderName, g.First().BodyKind,
                        [.. g.OrderBy(r => r.ValidFrom).ThenBy(r => r.RecordId, StringComparer.Ordinal).Select(r => Record(r, c.Category))])),
            ])),
    ];

    private static MyInformationRecordView Record(InformationRecord record, InformationCategory category) => record.Withheld
        ? new(record.RecordId, record.ValidFrom, record.ValidTo, true, NotDisclosed, null, record.RecordedAt)
        : new(record.RecordId, record.ValidFrom, record.ValidTo, false, Disclosed, Items(record.Data ?? [], category, ""), record.RecordedAt);

    private static List<MyInformationItemView> Items(JsonObject data, InformationCategory category, string prefix) =>
    [
        .. category.Labels.Keys
            .Where(k => k.StartsWith(prefix, StringComparison.Ordinal) && !k[prefix.Length..].Contains('.') && data.ContainsKey(k[prefix.Length..]))
            .Select(k => new MyInformationItemView(k, category.Labels[k], Value(data[k[prefix.Length..]], k, category))),
    ];

    private static JsonNode? Value(JsonNode? value, string key, InformationCategory category) => value switch
    {
        JsonArray items when items.All(i => i is JsonObject) => new JsonArray([.. items.Select(i =>
            (JsonNode)new JsonArray([.. Items((JsonObject)i!, category, key + ".").Select(v => (JsonNode)new JsonObject
            {
                ["key"] = v.Key, ["label"] = v.Label, ["value"] = v.Value?.DeepClone(),
            })]))]),
        JsonValue text when category.Masked.Contains(key) => Mask(text.ToString()),
        _ => value?.DeepClone(),
    };

    /// <summary>Only the last two characters, so a resident can tell which card it is without the number being shown whole.</summary>
    private static string Mask(string text) => text.Length <= 2 ? new string('＊', text.Length) : new string('＊', text.Length - 2) + text[^2..];
}
