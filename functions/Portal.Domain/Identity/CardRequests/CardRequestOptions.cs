namespace Portal.Domain.Identity.CardRequests;

/// <summary>Configuration section <c>Identity:CardRequests</c>.</summary>
public sealed class CardRequestOptions
{
    public const string Section = "Identity:CardRequests";

    /// <summary>The ceiling: a card request never lives longer than this, whatever is configured.</summary>
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The portal's own name in every dataToSign (e.g. <c>https://portal.example</c>), so a signature made for this
    /// portal is useless to another one. Required to create a request; no default, so two deployments never share it.
    /// </summary>
    public string? Audience { get; set; }

    /// <summary>How long a request may be answered; at most <see cref="MaxLifetime"/>.</summary>
    public TimeSpan Lifetime { get; set; } = MaxLifetime;
}
