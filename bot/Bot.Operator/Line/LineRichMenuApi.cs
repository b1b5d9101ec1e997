using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bot.Operator.Line;

/// <summary>
/// The Messaging API's rich menu endpoints, one call each (no retries: an operator runs these by hand and reads the
/// message). A refusal is a <see cref="LineApiException"/>. Images go to the data host (api-data.line.me).
/// </summary>
public sealed class LineRichMenuApi(HttpClient http, LineApiSettings settings)
{
    public async Task<string> CreateAsync(JsonObject menu, CancellationToken ct)
    {
        var answer = await SendAsync("リッチメニューの作成", HttpMethod.Post, Api("v2/bot/richmenu"), Json(menu), ct);
        return answer?["richMenuId"]?.GetValue<string>() ?? throw new LineApiException("リッチメニューの作成", HttpStatusCode.OK, "no richMenuId in the answer", null);
    }

    public Task ValidateAsync(JsonObject menu, CancellationToken ct) =>
        SendAsync("リッチメニューの検証", HttpMethod.Post, Api("v2/bot/richmenu/validate"), Json(menu), ct);

    public Task UploadImageAsync(string richMenuId, byte[] png, CancellationToken ct)
    {
        var content = new ByteArrayContent(png);
        content.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        return SendAsync("画像のアップロード", HttpMethod.Post, Data($"v2/bot/richmenu/{Id(richMenuId)}/content"), content, ct);
    }

    public Task SetDefaultAsync(string richMenuId, CancellationToken ct) =>
        SendAsync("既定のメニューの設定", HttpMethod.Post, Api($"v2/bot/user/all/richmenu/{Id(richMenuId)}"), null, ct);

    /// <summary>The default menu's id, or null when there is none (LINE answers 404).</summary>
    public async Task<string?> GetDefaultAsync(CancellationToken ct)
    {
        try
        {
            var answer = await SendAsync("既定のメニューの取得", HttpMethod.Get, Api("v2/bot/user/all/richmenu"), null, ct);
            return answer?["richMenuId"]?.GetValue<string>();
        }
        catch (LineApiException e) when (e.Status == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public Task LinkUserAsync(string userId, string richMenuId, CancellationToken ct) =>
        SendAsync("利用者へのメニューのリンク", HttpMethod.Post, Api($"v2/bot/user/{Id(userId)}/richmenu/{Id(richMenuId)}"), null, ct);

    public async Task<IReadOnlyList<RichMenuSummary>> ListAsync(CancellationToken ct)
    {
        var answer = await SendAsync("リッチメニューの一覧", HttpMethod.Get, Api("v2/bot/richmenu/list"), null, ct);
        return (answer?["richmenus"]?.AsArray() ?? []).Select(m => new RichMenuSummary(
            (string)m!["richMenuId"]!, (string?)m["name"] ?? "", (string?)m["chatBarText"] ?? "",
            (int?)m["size"]?["width"] ?? 0, (int?)m["size"]?["height"] ?? 0, m["areas"]?.AsArray().Count ?? 0)).ToList();
    }

    public Task DeleteAsync(string richMenuId, CancellationToken ct) =>
        SendAsync("リッチメニューの削除", HttpMethod.Delete, Api($"v2/bot/richmenu/{Id(richMenuId)}"), null, ct);

    /// <summary>Alias id → rich menu id.</summary>
    public async Task<IReadOnlyDictionary<string, string>> ListAliasesAsync(CancellationToken ct)
    {
        var answer = await SendAsync("エイリアスの一覧", HttpMethod.Get, Api("v2/bot/richmenu/alias/list"), null, ct);
        return (answer?["aliases"]?.AsArray() ?? []).ToDictionary(a => (string)a!["richMenuAliasId"]!, a => (string)a!["richMenuId"]!);
    }

    /// <summary>Points the alias at the menu: updates it when it exists, creates it otherwise.</summary>
    public async Task PointAliasAsync(string aliasId, string richMenuId, CancellationToken ct)
    {
        var aliases = await ListAliasesAsync(ct);
        if (aliases.ContainsKey(aliasId))
        {
            await SendAsync("エイリアスの更新", HttpMethod.Post, Api($"v2/bot/richmenu/alias/{Id(aliasId)}"),
                Json(new JsonObject { ["richMenuId"] = richMenuId }), ct);
        }
        else
        {
            await SendAsync("エイリアスの作成", HttpMethod.Post, Api("v2/bot/richmenu/alias"),
                Json(new JsonObject { ["richMenuAliasId"] = aliasId, ["richMenuId"] = richMenuId }), ct);
        }
    }

    private async Task<JsonNode?> SendAsync(string operation, HttpMethod method, Uri uri, HttpContent? content, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, uri) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.AccessToken);
        using var response = await http.SendAsync(request, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new LineApiException(operation, response.StatusCode, MessageOf(body), response.Headers.RetryAfter?.Delta);
        }
        return body.Length == 0 ? null : JsonNode.Parse(body);
    }

    /// <summary>LINE's error body: <c>{"message": ..., "details": [{"message", "property"}]}</c>.</summary>
    private static string? MessageOf(string body)
    {
        try
        {
            var json = JsonNode.Parse(body);
            var details = json?["details"]?.AsArray().Select(d => $"{(string?)d?["property"]}: {(string?)d?["message"]}") ?? [];
            return string.Join(" / ", new[] { (string?)json?["message"] }.Concat(details).Where(s => !string.IsNullOrEmpty(s)));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static StringContent Json(JsonObject body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    private static string Id(string id) => Uri.EscapeDataString(id);

    private Uri Api(string path) => new(settings.ApiBaseUrl, path);

    private Uri Data(string path) => new(settings.DataBaseUrl, path);
}
