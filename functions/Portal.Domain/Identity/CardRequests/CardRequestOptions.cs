namespace Portal.Domain.Identity.CardRequests;

/// <summary>Configuration section <c>Identity:CardRequests</c>.</summary>
public sealed class CardRequestOptions
{
    public const string Section = "Identity:CardRequests";

    /// <summary>The ceiling: a card request never lives longer than this, whatever is configured.</summary>
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromMinutes(5);

    /// <summary>How long a request may be answered; at most <see cref="MaxLifetime"/>.</summary>
    public TimeSpan Lifetime { get; set; } = MaxLifetime;
}
