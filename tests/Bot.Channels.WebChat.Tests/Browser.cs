using System.Net.Http.Json;
using System.Text.Json;
using Bot.Channels.WebChat.Users;

namespace Bot.Channels.WebChat.Tests;

/// <summary>
/// One browser: keeps the web chat cookie it was given, as a browser would. With an address, it arrives through a
/// front end that names it in X-Forwarded-For.
/// </summary>
public sealed class Browser(HttpClient client, string? address = null)
{
    public string? Cookie { get; private set; }

    public string UserId => WebChatUserCookie.UserIdOf(Cookie ?? throw new InvalidOperationException("No cookie yet."));

    public HttpClient Client => client;

    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken = default)
    {
        if (Cookie is not null)
        {
            request.Headers.Add("Cookie", $"{WebChatUserCookie.Name}={Cookie}");
        }
        if (address is not null)
        {
            request.Headers.Add("X-Forwarded-For", address);
        }
        var response = await client.SendAsync(request, cancellationToken);
        foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
        {
            if (header.StartsWith(WebChatUserCookie.Name + "=", StringComparison.Ordinal))
            {
                Cookie = header[(WebChatUserCookie.Name.Length + 1)..].Split(';')[0];
            }
        }
        return response;
    }

    /// <summary>Forgets the cookie, as a user clearing the browser's cookies does.</summary>
    public void ClearCookies() => Cookie = null;

    public Task<HttpResponseMessage> PostAsync(object body) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/webchat/messages") { Content = JsonContent.Create(body) });

    public Task<HttpResponseMessage> PollAsync(long after, CancellationToken cancellationToken = default) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/webchat/messages?after={after}"), cancellationToken);

    public static async Task<JsonElement[]> EntriesAsync(HttpResponseMessage response)
    {
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("entries").EnumerateArray().Select(e => e.Clone()).ToArray();
    }
}
