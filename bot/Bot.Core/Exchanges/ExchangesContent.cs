using System.Text;
using System.Text.Json.Nodes;
using Bot.Core.Content;
using Bot.Core.Conversations;
using Portal.Contracts.Dates;
using Portal.Contracts.Exchanges;
using static Bot.Core.Content.ContentPageHtml;

namespace Bot.Core.Exchanges;

/// <summary>
/// やりとり履歴 behind a content link: each exchange of the period, newest first, fetched when the button is pressed —
/// 日時, 照会機関, 提供機関 (マイナポータル where the portal answered), 情報の項目, 事務, 不開示の有無, and whether it was refused.
/// </summary>
public sealed class ExchangesContent(ExchangesPortalClient portal) : IContentKind
{
    public const string KindName = "exchanges";

    /// <summary>Where no agency provided: the portal answered (a lookup) or the requester read what it received.</summary>
    public const string Portal = "マイナポータル";

    private static readonly TimeSpan Japan = TimeSpan.FromHours(9);

    public string Kind => KindName;

    public async Task<ContentBody?> RenderAsync(PortalSession session, JsonObject parameters, CancellationToken cancellationToken)
    {
        var period = ExchangePeriod.Of(parameters);
        var answer = await portal.ListAsync(session, period, cancellationToken);
        if (answer.SessionRejected)
        {
            return null;
        }
        var entries = answer.Value ?? [];
        var html = new StringBuilder();
        html.Append("<p>").Append(E(period.Shown)).Append("に、あなたの情報がやりとりされた記録です（新しい順）。</p>");
        if (entries.Count == 0)
        {
            html.Append("<p>やりとりの記録はありません。</p>");
        }
        foreach (var entry in entries)
        {
            Entry(html, entry);
        }
        return new ContentBody("やりとり履歴", html.ToString());
    }

    private static void Entry(StringBuilder html, ExchangeEntry entry)
    {
        var at = entry.At.ToOffset(Japan);
        html.Append("<section class=\"exchange\"><h2>").Append(E(ExchangeTexts.KindName(entry.Kind))).Append("</h2><table>");
        Row(html, "日時", $"{JapaneseEras.Format(DateOnly.FromDateTime(at.DateTime))} {at:HH:mm}");
        Row(html, "照会機関", entry.Requester.Name);
        Row(html, "提供機関", entry.Provider?.Name ?? ProviderOf(entry));
        Row(html, "情報の項目", entry.CategoryName ?? ItemOf(entry));
        Row(html, "事務", entry.PurposeName ?? entry.Purpose ?? TaskOf(entry.Kind));
        Row(html, "不開示の有無", entry.Withheld ? "不開示あり" : "なし");
        if (entry.Outcome == "refused")
        {
            Row(html, "結果", "認められていない事務のため、提供されませんでした");
        }
        html.Append("</table></section>");
    }

    /// <summary>No provider: the portal answered (a lookup, an application it keeps), or an exchange found nothing held.</summary>
    private static string ProviderOf(ExchangeEntry entry) => entry.Kind switch
    {
        "exchange" when entry.Outcome == "refused" => "（照会は認められませんでした）",
        "exchange" => "（該当する情報を保有する機関はありませんでした）",
        _ => Portal,
    };

    private static string ItemOf(ExchangeEntry entry) => entry.Kind switch
    {
        "lookup" => "本人確認情報（氏名・住所・生年月日・性別）",
        "application-read" => "申請の内容",
        "file-download" => "申請の添付ファイル",
        _ => entry.Category ?? "",
    };

    private static string TaskOf(string kind) => kind switch
    {
        "lookup" => "本人の特定",
        "application-read" or "file-download" => "受け付けた申請の審査",
        "site-provision" => "本人の同意による連携サイトへの提供",
        _ => "",
    };

    private static void Row(StringBuilder html, string label, string value) =>
        html.Append("<tr><th>").Append(E(label)).Append("</th><td>").Append(E(value)).Append("</td></tr>");
}
