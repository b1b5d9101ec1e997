using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Core.Content;
using Bot.Core.Conversations;
using Bot.Core.Forms;
using Portal.Contracts.Information;
using static Bot.Core.Content.ContentPageHtml;

namespace Bot.Core.Information;

/// <summary>
/// わたしの情報 behind a content link: 回答詳細 of the category for the day or period, fetched when the button is pressed,
/// with the portal's labels; a withheld record shows only 不開示, masked values stay as the portal masked them.
/// </summary>
public sealed class InformationContent(InformationPortalClient portal) : IContentKind
{
    public const string KindName = "information";

    public string Kind => KindName;

    public async Task<ContentBody?> RenderAsync(PortalSession session, JsonObject parameters, CancellationToken cancellationToken)
    {
        var category = parameters["category"]!.GetValue<string>();
        var period = new InformationPeriod(DateOnly.Parse(parameters["from"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.Parse(parameters["to"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
        var answer = await portal.ReadAsync(session, category, period, cancellationToken);
        if (answer.SessionRejected)
        {
            return null;
        }
        var html = new StringBuilder();
        html.Append("<p>").Append(E(period.Shown)).Append("の情報です。</p>");
        var periods = answer.Value?.Periods.Where(p => p.Categories.Any(c => c.Providers.Any(pr => pr.Records.Count > 0))).ToList() ?? [];
        if (periods.Count == 0)
        {
            html.Append("<p>登録されている情報はありません。</p>");
        }
        foreach (var shown in periods)
        {
            if (!period.IsDay)
            {
                html.Append("<h2>").Append(E(new InformationPeriod(shown.From, shown.To).Shown)).Append("</h2>");
            }
            foreach (var found in shown.Categories)
            {
                html.Append("<h2>").Append(E(found.Name)).Append("</h2>");
                foreach (var provider in found.Providers)
                {
                    html.Append("<h3>提供機関: ").Append(E(provider.Name)).Append("</h3>");
                    foreach (var record in provider.Records)
                    {
                        Record(html, record);
                    }
                }
            }
        }
        return new ContentBody("わたしの情報", html.ToString());
    }

    private static void Record(StringBuilder html, MyInformationRecordView record)
    {
        html.Append("<section class=\"record\"><p>有効期間: ").Append(E(JapaneseDates.Format(JapaneseDates.Iso(record.ValidFrom)))).Append('〜')
            .Append(E(record.ValidTo is { } to ? JapaneseDates.Format(JapaneseDates.Iso(to)) : "")).Append("</p>");
        if (record.Withheld)
        {
            html.Append("<p class=\"withheld\">不開示</p><p class=\"note\">提供機関が開示しないこととした情報があります（内容は表示されません）。</p>");
        }
        else
        {
            Items(html, record.Items ?? []);
        }
        html.Append("</section>");
    }

    private static void Items(StringBuilder html, IEnumerable<MyInformationItemView> items)
    {
        html.Append("<table>");
        foreach (var item in items)
        {
            html.Append("<tr><th>").Append(E(item.Label)).Append("</th><td>");
            Value(html, item.Value);
            html.Append("</td></tr>");
        }
        html.Append("</table>");
    }

    /// <summary>An array of objects is an array of item lists (the portal's shape); other values as text.</summary>
    private static void Value(StringBuilder html, JsonNode? value)
    {
        switch (value)
        {
            case null:
                break;
            case JsonArray array when array.All(a => a is JsonArray):
                foreach (var list in array)
                {
                    Items(html, list!.AsArray().Deserialize<List<MyInformationItemView>>(new JsonSerializerOptions(JsonSerializerDefaults.Web)) ?? []);
                }
                break;
            case JsonArray array:
                html.Append(E(string.Join("、", array.Select(Text))));
                break;
            default:
                html.Append(E(Text(value)));
                break;
        }
    }

    private static string Text(JsonNode? value) => value switch
    {
        JsonValue v when v.TryGetValue<bool>(out var flag) => flag ? "はい" : "いいえ",
        JsonValue v when v.TryGetValue<string>(out var text) => text,
        null => "",
        _ => value.ToJsonString(),
    };
}
