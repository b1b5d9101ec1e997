using System.Globalization;
using System.Text;
using DemoSite.Portal;
using DemoSite.Residents;
using static DemoSite.Pages.PageLayout;

namespace DemoSite.Pages;

/// <summary>
/// The top page: signed out, the 「マイナポータルでログイン」 button (and why the last attempt did not sign in);
/// signed in, the welcome by name, the attributes the resident consented to share with where and when the portal read
/// them, and the records read from the portal just now — or why they could not be.
/// </summary>
public static class HomePage
{
    private static readonly TimeZoneInfo Japan = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

    public static string SignedOut(string? notice) => $"""
        {Notice(notice)}
        <section>
        <h2>オンライン窓口へようこそ</h2>
        <p>マイナンバーカードで、マイナポータルからログインできます。パスワードは要りません。</p>
        <p><a class="button" href="/login">マイナポータルでログイン</a></p>
        </section>
        """;

    /// <param name="records">The records read just now; null when they could not be (then <paramref name="notice"/> says why).</param>
    public static string SignedIn(ResidentAttributes resident, IReadOnlyList<InformationRecord>? records, string? notice)
    {
        var body = new StringBuilder();
        body.Append($"<section><h2>{Encode(resident.Name is { } name ? $"{name}さん、ようこそ" : "ようこそ")}</h2>");
        body.Append("<p>マイナポータルから、同意いただいた次の情報を受け取りました。</p><dl>");
        Row(body, "氏名", resident.Name);
        Row(body, "住所", resident.Address);
        Row(body, "生年月日", resident.Birthdate);
        Row(body, "性別", resident.Gender is { } gender ? GenderLabels.Of(gender) : null);
        body.Append("</dl>");
        if (resident is { Name: null, Address: null, Birthdate: null, Gender: null })
        {
            // The portal gives only what it read from the card into 利用者情報; a resident who never did that gives nothing.
            body.Append("<p class=\"meta\">マイナポータルに利用者情報（カードの氏名・住所など）が登録されていないため、受け取った情報はありません。</p>");
        }
        if (resident.Source is not null || resident.ReadAt is not null)
        {
            var readAt = resident.ReadAt is { } at ? TimeZoneInfo.ConvertTime(at, Japan).ToString("yyyy年M月d日 H:mm", CultureInfo.InvariantCulture) : "不明";
            body.Append($"<p class=\"meta\">読み取り元: {Encode(SourceLabel(resident.Source))}／読み取り日時: {Encode(readAt)}</p>");
        }
        body.Append("</section>");

        body.Append(Notice(notice));
        if (records is not null)
        {
            body.Append("<section><h2>税・所得（マイナポータルのわたしの情報から）</h2>");
            if (records.Count == 0)
            {
                body.Append("<p>登録されている情報はありません。</p>");
            }
            foreach (var record in records)
            {
                body.Append($"<h3>{Encode(record.Category)}（{Encode(record.Provider)}、{Encode(record.ValidFrom)}から）</h3>");
                if (record.Withheld)
                {
                    body.Append("<p>不開示</p>");
                    continue;
                }
                body.Append("<table>");
                foreach (var item in record.Items)
                {
                    body.Append($"<tr><th scope=\"row\">{Encode(item.Label)}</th><td>{Encode(item.Value)}</td></tr>");
                }
                body.Append("</table>");
            }
            body.Append("</section>");
        }
        else
        {
            body.Append("<section><p><a class=\"button\" href=\"/login\">マイナポータルでもう一度ログイン</a></p></section>");
        }
        body.Append("<section><form method=\"post\" action=\"/logout\"><button class=\"button secondary\" type=\"submit\">ログアウト</button></form></section>");
        return body.ToString();
    }

    private static void Row(StringBuilder body, string label, string? value)
    {
        if (value is not null)
        {
            body.Append($"<dt>{label}</dt><dd>{Encode(value)}</dd>");
        }
    }

    private static string SourceLabel(string? source) => source switch
    {
        "card" => "マイナンバーカード",
        null => "不明",
        _ => source,
    };

    private static string Notice(string? notice) => notice is null ? "" : $"<p class=\"notice\" role=\"alert\">{Encode(notice)}</p>";
}
