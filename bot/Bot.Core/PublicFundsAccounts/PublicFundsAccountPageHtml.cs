using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace Bot.Core.PublicFundsAccounts;

/// <summary>
/// The 公金受取口座 page: self-contained, lang=ja, no script (each search is a plain form post back to the same address),
/// a strict CSP. The account number field is never filled back in; the portal's messages are shown per field.
/// </summary>
public static class PublicFundsAccountPageHtml
{
    public const string Title = "公金受取口座の登録";

    public static (string Html, string ContentSecurityPolicy) Render(PublicFundsAccountPage page)
    {
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        var body = new StringBuilder();
        if (page.Done is { } done)
        {
            body.Append("<p role=\"status\">公金受取口座を「").Append(E(done)).Append("」で登録しました。")
                .Append("チャットに戻って「公金受取口座」と送ると確認できます。この画面は閉じてください。</p>");
        }
        else
        {
            Form(page, body);
        }
        var html = $$"""
            <!DOCTYPE html>
            <html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="referrer" content="no-referrer"><title>{{Title}}</title>
            <style nonce="{{nonce}}">body{font-family:sans-serif;max-width:40rem;margin:1rem auto;padding:0 1rem}label,legend{font-weight:bold}
            input[type=text]{width:100%;font-size:1.1rem;padding:.4rem;box-sizing:border-box}.help{color:#555}.error{color:#b00020}
            fieldset{margin:1rem 0;border:1px solid #ccc}button{font-size:1.05rem;padding:.4rem 1.2rem;margin:.3rem 0}</style></head>
            <body><h1>{{Title}}</h1>{{body}}</body></html>
            """;
        var policy = $"default-src 'none'; style-src 'nonce-{nonce}'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
        return (html, policy);
    }

    private static void Form(PublicFundsAccountPage page, StringBuilder b)
    {
        var input = page.Input;
        b.Append("<p>ご本人名義の口座に限ります。口座番号はこの画面だけで入力してください（チャットには入力しないでください）。</p>");
        Errors(page, "", b);
        b.Append("<form method=\"post\" autocomplete=\"off\">");

        b.Append("<fieldset><legend>金融機関</legend>");
        if (page.Bank is { } bank)
        {
            b.Append("<p>選択中：").Append(E(bank.Name)).Append("（").Append(E(bank.Code)).Append("）</p>")
                .Append("<input type=\"hidden\" name=\"bankCode\" value=\"").Append(E(bank.Code)).Append("\">");
        }
        b.Append("<label for=\"bankQuery\">金融機関名で検索</label>")
            .Append("<input type=\"text\" id=\"bankQuery\" name=\"bankQuery\" maxlength=\"50\" placeholder=\"例：みずほ、ゆうちょ\" value=\"")
            .Append(E(input.BankQuery ?? "")).Append("\"><button name=\"action\" value=\"search-bank\">金融機関を検索</button>");
        foreach (var found in page.Banks.Where(x => page.Bank?.Code != x.Code))
        {
            b.Append("<div><button name=\"bankCode\" value=\"").Append(E(found.Code)).Append("\">")
                .Append(E(found.Name)).Append("（").Append(E(found.Kana)).Append("）を選ぶ</button></div>");
        }
        Errors(page, "bankCode", b);
        b.Append("</fieldset>");

        if (page.Bank is not null)
        {
            b.Append("<fieldset><legend>支店</legend>");
            if (page.Branches.Count == 0 && input.BranchCode is { Length: 3 } chosen)
            {
                b.Append("<p>選択中：支店コード ").Append(E(chosen)).Append("</p>")
                    .Append("<input type=\"hidden\" name=\"branchCode\" value=\"").Append(E(chosen)).Append("\">");
            }
            b.Append("<label for=\"branchQuery\">支店名で検索</label>")
                .Append("<input type=\"text\" id=\"branchQuery\" name=\"branchQuery\" maxlength=\"50\" value=\"")
                .Append(E(input.BranchQuery ?? "")).Append("\"><button name=\"action\" value=\"search-branch\">支店を検索</button>");
            foreach (var branch in page.Branches)
            {
                b.Append("<div><label><input type=\"radio\" name=\"branchCode\" value=\"").Append(E(branch.Code)).Append("\"> ")
                    .Append(E(branch.Name)).Append("（").Append(E(branch.Code)).Append("）</label></div>");
            }
            Errors(page, "branchCode", b);
            b.Append("</fieldset>");
        }

        b.Append("<fieldset><legend>預金種別</legend>")
            .Append(Radio("accountType", "ordinary", "普通", input.AccountType != "current"))
            .Append(Radio("accountType", "current", "当座", input.AccountType == "current"));
        Errors(page, "accountType", b);
        b.Append("</fieldset>");

        b.Append("<p><label for=\"accountNumber\">口座番号（7桁）</label>")
            .Append("<input type=\"text\" id=\"accountNumber\" name=\"accountNumber\" inputmode=\"numeric\" maxlength=\"7\" autocomplete=\"off\"></p>");
        Errors(page, "accountNumber", b);
        b.Append("<p><label for=\"holderKana\">口座名義（カナ）</label>")
            .Append("<input type=\"text\" id=\"holderKana\" name=\"holderKana\" maxlength=\"60\" placeholder=\"例：ヤマダ ハナコ\" value=\"")
            .Append(E(input.HolderKana ?? "")).Append("\"></p>");
        Errors(page, "holderKana", b);
        b.Append("<button name=\"action\" value=\"register\">登録する</button></form>");
    }

    private static string Radio(string name, string value, string label, bool chosen) =>
        $"<label><input type=\"radio\" name=\"{name}\" value=\"{value}\"{(chosen ? " checked" : "")}> {label}</label> ";

    private static void Errors(PublicFundsAccountPage page, string field, StringBuilder b)
    {
        foreach (var error in page.Errors.Where(e => e.Field == field || (field == "" && e.Field is not ("bankCode" or "branchCode" or "accountType" or "accountNumber" or "holderKana"))))
        {
            b.Append("<p class=\"error\" role=\"alert\">").Append(E(error.Message)).Append("</p>");
        }
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
