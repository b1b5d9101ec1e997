using Bot.Channels.WebChat.Limits;
using Microsoft.AspNetCore.Http;

namespace Bot.Channels.WebChat.Users;

/// <summary>
/// Who is calling, through the limits: a new cookie is issued only when the caller's address may have another new
/// user, so clearing cookies does not make a fresh user without end.
/// </summary>
public sealed class WebChatUsers(WebChatRateLimiter limiter)
{
    /// <summary>The caller's user id, issuing a cookie when there is none.</summary>
    /// <exception cref="WebChatRateLimitedException">A new user, and the address has had too many.</exception>
    public string Establish(HttpContext http)
    {
        if (WebChatUserCookie.Existing(http) is { } userId)
        {
            return userId;
        }
        limiter.AdmitNewUser(http);
        return WebChatUserCookie.Issue(http);
    }

    /// <summary>The caller's user id for a post, counted against the user's and the address's limits.</summary>
    /// <exception cref="WebChatRateLimitedException">Over a limit.</exception>
    public string EstablishForPost(HttpContext http)
    {
        var userId = Establish(http);
        limiter.AdmitPost(http, userId);
        return userId;
    }
}
