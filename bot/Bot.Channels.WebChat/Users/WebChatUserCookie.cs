using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace Bot.Channels.WebChat.Users;

/// <summary>
/// Who a web chat user is: a cookie with 128 random bits, set on the first visit (HttpOnly, SameSite=Strict, Secure
/// over HTTPS). The stored user id is a hash of it, so the database never holds the cookie that would let one read a
/// stream. There is no login here: a portal login comes later, through the conversation.
/// </summary>
public static partial class WebChatUserCookie
{
    public const string Name = "bot_webchat";
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    /// <summary>The caller's user id from a well-formed cookie; null when there is none (or a malformed one).</summary>
    public static string? Existing(HttpContext http) =>
        http.Request.Cookies[Name] is { } value && Format().IsMatch(value) ? UserIdOf(value) : null;

    /// <summary>Sets a new cookie on the response and returns its user id.</summary>
    public static string Issue(HttpContext http)
    {
        var value = Base64Url(RandomNumberGenerator.GetBytes(16));
        http.Response.Cookies.Append(Name, value, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = IsHttps(http.Request),
            Path = "/",
            MaxAge = Lifetime,
            IsEssential = true,
        });
        return UserIdOf(value);
    }

    /// <summary>HTTPS as the browser sees it: in Azure the front end ends TLS and says so in X-Forwarded-Proto.</summary>
    private static bool IsHttps(HttpRequest request) =>
        request.IsHttps
        || string.Equals(request.Headers["X-Forwarded-Proto"].ToString(), "https", StringComparison.OrdinalIgnoreCase);

    public static string UserIdOf(string cookieValue) =>
        Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(cookieValue)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [GeneratedRegex("^[A-Za-z0-9_-]{22}$")]
    private static partial Regex Format();
}
