namespace Bot.Channels.WebChat.Limits;

/// <summary>
/// The web chat's limits at the bot's edge (section <c>Bot:WebChat:RateLimits</c>). The web chat has no login, so a
/// cookie is all that tells users apart, and clearing it makes a fresh user: the portal, which counts the bot per end
/// user, would count each as someone new. These limits keep one person from spending the bot's share at the portal
/// (every resident's logins) by posting, or by clearing cookies and posting again. They are per instance, in memory:
/// a first line against floods, not an exact count across a scaled-out app.
/// </summary>
public sealed class WebChatRateLimits
{
    public const string Section = "RateLimits";

    /// <summary>Off only in tests that are not about limits (many browsers from one test address).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Take the client address from <c>X-Forwarded-For</c>. Only behind a proxy that sets it (the App Service front
    /// end in Azure, where the worker's own connection comes from the host): otherwise any caller could name any
    /// address and escape its limit. Off by default.
    /// </summary>
    public bool TrustForwardedFor { get; set; }

    /// <summary>Which <c>X-Forwarded-For</c> entry is the client, counted from the right: 1 = what the nearest trusted proxy saw.</summary>
    public int ForwardedForDepth { get; set; } = 1;

    /// <summary>Posts per user (cookie) per <see cref="UserPostWindow"/>: a person types or taps a few times a minute.</summary>
    public int UserPostLimit { get; set; } = 20;

    public TimeSpan UserPostWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Posts per client address per <see cref="AddressPostWindow"/>, whatever the cookie. Generous: an office, a school
    /// or a mobile carrier's NAT puts many people behind one address.
    /// </summary>
    public int AddressPostLimit { get; set; } = 600;

    public TimeSpan AddressPostWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// New cookies (new users) per client address per <see cref="AddressNewUserWindow"/>, so clearing cookies does not
    /// reset the per-user limit. Enough for the people behind a NAT opening the chat for the first time.
    /// </summary>
    public int AddressNewUserLimit { get; set; } = 60;

    public TimeSpan AddressNewUserWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Long polls one user may hold open at once (a few tabs); each holds a connection for the poll timeout.</summary>
    public int UserConcurrentPollLimit { get; set; } = 4;

    /// <summary>What a refused poll is told to wait: a poll frees its place within the long-poll timeout.</summary>
    public TimeSpan PollRetryAfter { get; set; } = TimeSpan.FromSeconds(5);
}
