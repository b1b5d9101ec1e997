namespace Portal.Functions.Http.RateLimiting;

/// <summary>
/// How often one client may call one function: <see cref="PermitLimit"/> calls per <see cref="Window"/>, per client
/// address; with <see cref="RouteValue"/> also per value of that route parameter (a card request id), whoever sends.
/// Bound from <c>RateLimits:&lt;FunctionName&gt;</c> over the defaults in <see cref="RateLimitDefaults"/>.
/// </summary>
public sealed class RateLimitPolicy
{
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; }

    /// <summary>1 = a fixed window; more = a sliding window of that many segments (smoother, no burst at the edge).</summary>
    public int SegmentsPerWindow { get; set; } = 1;

    /// <summary>A route parameter to limit by as well, e.g. <c>id</c>; null for the client address only.</summary>
    public string? RouteValue { get; set; }

    /// <summary>Calls per window per route value; <see cref="PermitLimit"/> when not set.</summary>
    public int? RouteValuePermitLimit { get; set; }

    /// <summary>
    /// Calls per window per confidential client, whoever it acts for; with <see cref="EndUserPermitLimit"/> set, a
    /// confidential client is counted after it authenticated, by client and end user, not by address (every resident
    /// of the chatbot shares its address). <see cref="PermitLimit"/> when not set.
    /// </summary>
    public int? ClientPermitLimit { get; set; }

    /// <summary>Calls per window per end user of a confidential client (<c>X-End-User</c>); null: not limited so.</summary>
    public int? EndUserPermitLimit { get; set; }

    public RateLimitPolicy Copy() => (RateLimitPolicy)MemberwiseClone();
}
