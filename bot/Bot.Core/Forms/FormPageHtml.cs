using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Bot.Core.Forms;

/// <summary>
/// The web form page: self-contained (no CDN), lang=ja, a strict CSP with a per-response nonce for its one script,
/// which posts the values as JSON to the same address, uploads each chosen file at once (…/attachments), and shows
/// the portal's messages per field.
/// </summary>
public static class FormPageHtml
{
    public static (string Html, string ContentSecurityPolicy) Render(FormPage page)
    {
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        var fields = new StringBuilder();
        foreach (var field in page.Fields)
        {
            var id = "f" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(field.Path)))[..12];
            fields.Append("<div class=\"field\"><label for=\"").Append(id).Append("\">").Append(E(field.Label)).Append("</label>");
            if (field.Help is { Length: > 0 } help)
            {
                fields.Append("<p class=\"help\">").Append(E(help)).Append("</p>");
            }
            fields.Append(field.IsAttachment
                ? $"<input id=\"{id}\" type=\"file\" data-path=\"{E(field.Path)}\" accept=\"application/pdf,image/jpeg,image/png\">"
                    + "<p class=\"help\">PDF、JPEG、PNG のファイル（10MBまで）。選ぶとすぐに送信されます。</p>"
                    + $"<p class=\"attached\" data-for=\"{E(field.Path)}\" role=\"status\">"
                    + (field.AttachedName is { } attached ? $"{Attached}{E(attached)}（選び直すと差し替えます）" : "") + "</p>"
                : $"<input id=\"{id}\" name=\"{E(field.Path)}\" autocomplete=\"off\">");
            fields.Append("<p class=\"error\" data-for=\"").Append(E(field.Path)).Append("\" role=\"alert\"></p></div>");
        }
        var html = $$"""
            <!DOCTYPE html>
            <html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="referrer" content="no-referrer"><title>{{E(page.Title)}}</title>
            <style nonce="{{nonce}}">body{font-family:sans-serif;max-width:40rem;margin:1rem auto;padding:0 1rem}label{font-weight:bold;display:block}
            input{width:100%;max-width:100%;font-size:1.1rem;padding:.4rem;box-sizing:border-box}.help{color:#555;margin:.2rem 0}.error{color:#b00020}
            .field{margin:1rem 0}button{font-size:1.1rem;padding:.5rem 1.5rem}</style></head>
            <body><h1>{{E(page.Title)}}</h1><p>チャットではお伺いしない項目です。入力して「保存する」を押してください。</p>
            <form id="form">{{fields}}<button type="submit">保存する</button></form><p id="done" role="status"></p>
            <script nonce="{{nonce}}">
            function shown(cls, path, text) {
              document.querySelectorAll('.' + cls).forEach(function (p) { if (p.dataset.for === path) p.textContent = text; });
            }
            document.querySelectorAll('input[type=file]').forEach(function (input) {
              input.addEventListener('change', async function () {
                var file = input.files[0], path = input.dataset.path;
                if (!file) return;
                shown('error', path, ''); shown('attached', path, {{JsonSerializer.Serialize(Sending)}});
                var r = await fetch(location.pathname + '/attachments?path=' + encodeURIComponent(path) + '&name=' + encodeURIComponent(file.name),
                  { method: 'POST', headers: { 'Content-Type': 'application/octet-stream' }, body: file }).catch(function () { return null; });
                var body = r ? await r.json().catch(function () { return {}; }) : {};
                if (r && r.ok) { shown('attached', path, {{JsonSerializer.Serialize(Attached)}} + body.fileName); return; }
                shown('attached', path, '');
                shown('error', path, [body.title, body.detail].filter(Boolean).join(' ') || '送信できませんでした。');
              });
            });
            document.getElementById('form').addEventListener('submit', async function (e) {
              e.preventDefault();
              var values = {};
              document.querySelectorAll('input[name]').forEach(function (i) { if (i.value) values[i.name] = i.value; });
              document.querySelectorAll('.error').forEach(function (p) { p.textContent = ''; });
              var r = await fetch(location.pathname, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ values: values }) });
              var body = await r.json().catch(function () { return {}; });
              if (r.ok) { document.getElementById('done').textContent = {{JsonSerializer.Serialize(Saved)}}; return; }
              (body.errors || []).forEach(function (er) {
                document.querySelectorAll('.error').forEach(function (p) { if (p.dataset.for === er.path) p.textContent = er.message; });
              });
              if (!body.errors) document.getElementById('done').textContent = body.detail || body.title || '保存できませんでした。';
            });
            </script></body></html>
            """;
        var policy = $"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
        return (html, policy);
    }

    public const string Sending = "送信しています…";

    public const string Attached = "添付しました：";

    public const string Saved = "保存しました。チャットに戻って「入力しました」を押してください。";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
