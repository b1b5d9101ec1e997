namespace Portal.Domain.Identity.Sessions;

/// <summary>The per-request check of logins. Bound from <c>Identity:Sessions</c>.</summary>
public sealed class SessionOptions
{
    public const string Section = "Identity:Sessions";

    /// <summary>The longest an ended login may still be honoured by an instance.</summary>
    public static readonly TimeSpan MaxCheckCacheDuration = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long one instance trusts what it read about a login: the point read is not repeated on every request, and an
    /// ended login, a deleted account or a revoked token stops working within this on every instance. At most
    /// <see cref="MaxCheckCacheDuration"/> (a longer setting is cut to it).
    /// </summary>
    public TimeSpan CheckCacheDuration { get; set; } = MaxCheckCacheDuration;
}
