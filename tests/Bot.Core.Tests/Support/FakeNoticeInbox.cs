using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.Contracts.Notices.Inbox;

namespace Bot.Core.Tests.Support;

/// <summary>
/// The portal's お知らせ inbox played in front of the real portal (<see cref="InterceptingHandler.Intercept"/>): list pages
/// per query, the unread count (or a failing status), and — for a chat login to complete — the device authorization,
/// the token and a registered <c>GET /api/me</c>. Records the inbox queries the bot made.
/// </summary>
public sealed class FakeNoticeInbox
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Pages by query string as the bot sends it ("" for the first page of all, "unread=true", …).</summary>
    public ConcurrentDictionary<string, NoticeList> Pages { get; } = new();

    /// <summary>Notices by id for <c>GET /api/me/notices/{id}</c> (any other id: 404).</summary>
    public ConcurrentDictionary<string, NoticeDetail> Details { get; } = new();

    public UnreadNoticeCountView Count { get; set; } = new(0, false);

    /// <summary>When set, the unread count answers this status instead.</summary>
    public HttpStatusCode? CountFails { get; set; }

    public ConcurrentQueue<string> ListQueries { get; } = new();

    public int CountCalls => _countCalls;

    private int _countCalls;

    public void Attach(TestBot bot) => bot.Handler.Intercept = (request, _) => Task.FromResult(Answer(request));

    public static NoticeSummary Notice(string id, string title, bool read, int minutesAgo = 0) => new(
        id, title, "千代田区", "disaster", "防災", "normal", new DateTimeOffset(2026, 12, 7, 1, 0, 0, TimeSpan.Zero).AddMinutes(-minutesAgo), read);

    private HttpResponseMessage? Answer(HttpRequestMessage request)
    {
        var path = request.RequestUri!.AbsolutePath;
        switch (path)
        {
            case "/api/me/notices/unread-count":
                Interlocked.Increment(ref _countCalls);
                return CountFails is { } status ? new HttpResponseMessage(status) : Ok(Count);
            case "/api/me/notices":
                var query = request.RequestUri.Query.TrimStart('?');
                ListQueries.Enqueue(query);
                return Pages.TryGetValue(query, out var page) ? Ok(page) : new HttpResponseMessage(HttpStatusCode.BadRequest);
            case "/api/me":
                return Ok(new Dictionary<string, object> { ["id"] = "acc-notices", ["state"] = "registered", ["createdAt"] = "2026-12-01T00:00:00Z" });
        }
        if (path.StartsWith("/api/me/notices/", StringComparison.Ordinal))
        {
            return Details.TryGetValue(path["/api/me/notices/".Length..], out var detail) ? Ok(detail) : new HttpResponseMessage(HttpStatusCode.NotFound);
        }
        if (path.EndsWith("/oauth/device_authorization", StringComparison.Ordinal))
        {
            return Ok(new Dictionary<string, object>
            {
                ["device_code"] = "device-code", ["user_code"] = "ABCD-EFGH",
                ["card_request_uri"] = "https://portal.test/api/card-requests/AAAAAAAAAAAAAAAAAAAAAA", ["expires_in"] = 300, ["interval"] = 5,
            });
        }
        if (path.EndsWith("/oauth/token", StringComparison.Ordinal))
        {
            return Ok(new Dictionary<string, object> { ["access_token"] = "fake-access-token", ["token_type"] = "Bearer", ["expires_in"] = 3600 });
        }
        return null;
    }

    private static HttpResponseMessage Ok<T>(T value) => new(HttpStatusCode.OK) { Content = JsonContent.Create(value, options: Json) };
}
