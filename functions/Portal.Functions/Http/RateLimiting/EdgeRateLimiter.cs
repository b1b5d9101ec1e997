using Functions.Http.Edge;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Portal.Functions.Http.RateLimiting;

/// <summary>
/// Admits or refuses a call to a limited function before it runs, so a refused call writes nothing.
/// The limits are per instance, in memory: the first line against floods and scripts, cheap and with no storage call
/// on the hot path. They are not exact across a scaled-out app, and need not be: what must hold exactly (3 refused
/// answers burn a card request, a confirmation code's tries) is counted durably next to the thing itself.
/// Idle partitions are dropped by the partitioned limiter after a few seconds, so memory follows active clients.
/// </summary>
public sealed class EdgeRateLimiter : IDisposable
{
    private readonly RateLimitOptions _options;
    private readonly PartitionedRateLimiter<RateLimitKey> _limiter;
    private readonly ILogger<EdgeRateLimiter> _logger;

    public EdgeRateLimiter(RateLimitOptions options, ILogger<EdgeRateLimiter> logger)
    {
        _options = options;
        _logger = logger;
        _limiter = PartitionedRateLimiter.Create<RateLimitKey, RateLimitKey>(key => Partition(key, options.Policies[key.Policy]));
    }

    /// <param name="function">The <c>[Function]</c> name; functions without a policy are not limited.</param>
    /// <param name="routeValues">The call's route values (the local host's, or the worker's binding data).</param>
    /// <exception cref="RateLimitExceededException">Over a limit.</exception>
    public void Admit(string? function, HttpContext http, IReadOnlyDictionary<string, object?>? routeValues)
    {
        if (!_options.Enabled || function is null || !_options.Policies.TryGetValue(function, out var policy))
        {
            return;
        }
        // A call that names an end user may come from a confidential client: it is counted once the client is known
        // (AdmitClient), by client and end user, or by address like any other if it turns out not to be one.
        if (!DefersToClient(policy, http))
        {
            Acquire(new RateLimitKey(function, RateLimitKey.AddressKind, ClientAddress.Of(http, _options.TrustForwardedFor, _options.ForwardedForDepth)));
        }
        if (policy.RouteValue is { } name && routeValues is not null
            && routeValues.TryGetValue(name, out var value) && value?.ToString() is { Length: > 0 } routeValue)
        {
            Acquire(new RateLimitKey(function, name, routeValue));
        }
    }

    /// <summary>
    /// After client authentication, in the function: a confidential client is counted per client and per end user
    /// (<see cref="EndUser"/>; one shared partition when it names none); a call the edge deferred that did not come
    /// from one (another kind of client, or no client at all) is counted by its address now.
    /// </summary>
    /// <param name="clientId">The authenticated client; null when authentication failed.</param>
    /// <param name="confidential">Whether it is a confidential client.</param>
    /// <exception cref="RateLimitExceededException">Over a limit.</exception>
    public void AdmitClient(string? function, HttpContext http, string? clientId, bool confidential)
    {
        if (!_options.Enabled || function is null || !_options.Policies.TryGetValue(function, out var policy) || policy.EndUserPermitLimit is null)
        {
            return;
        }
        if (confidential && clientId is not null)
        {
            Acquire(new RateLimitKey(function, RateLimitKey.ClientKind, clientId));
            Acquire(new RateLimitKey(function, RateLimitKey.EndUserKind, $"{clientId}\n{EndUser.Of(http) ?? "-"}"));
        }
        else if (DefersToClient(policy, http))
        {
            Acquire(new RateLimitKey(function, RateLimitKey.AddressKind, ClientAddress.Of(http, _options.TrustForwardedFor, _options.ForwardedForDepth)));
        }
    }

    /// <summary>
    /// After agency authentication, in the function: an agency client is counted per client (GOV.UK Notify's limit
    /// per API key), wherever it calls from, when the policy sets <see cref="RateLimitPolicy.ClientPermitLimit"/>.
    /// </summary>
    /// <exception cref="RateLimitExceededException">Over the limit.</exception>
    public void AdmitAgency(string? function, string clientId) => AdmitPerClient(function, clientId);

    /// <summary>
    /// After the site's token and proof are checked, in the function: an external site is counted per site (its client
    /// id) when the policy sets <see cref="RateLimitPolicy.ClientPermitLimit"/>, so one busy site never slows another.
    /// </summary>
    /// <exception cref="RateLimitExceededException">Over the limit.</exception>
    public void AdmitSite(string? function, string clientId) => AdmitPerClient(function, clientId);

    public void Dispose() => _limiter.Dispose();

    private void AdmitPerClient(string? function, string clientId)
    {
        if (_options.Enabled && function is not null && _options.Policies.TryGetValue(function, out var policy)
            && policy.ClientPermitLimit is not null)
        {
            Acquire(new RateLimitKey(function, RateLimitKey.ClientKind, clientId));
        }
    }

    private static bool DefersToClient(RateLimitPolicy policy, HttpContext http) =>
        policy.EndUserPermitLimit is not null && EndUser.Of(http) is not null;

    private void Acquire(RateLimitKey key)
    {
        using var lease = _limiter.AttemptAcquire(key);
        if (lease.IsAcquired)
        {
            return;
        }
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : _options.Policies[key.Policy].Window;
        // The policy and what it counted by; never the address or the value itself.
        _logger.LogWarning("Rate limit {Policy} by {Kind} refused a call; retry after {RetryAfter}", key.Policy, key.Kind, retryAfter);
        throw new RateLimitExceededException(key.Policy, retryAfter);
    }

    private static RateLimitPartition<RateLimitKey> Partition(RateLimitKey key, RateLimitPolicy policy)
    {
        var permits = key.Kind switch
        {
            RateLimitKey.AddressKind => policy.PermitLimit,
            RateLimitKey.ClientKind => policy.ClientPermitLimit ?? policy.PermitLimit,
            RateLimitKey.EndUserKind => policy.EndUserPermitLimit ?? policy.PermitLimit,
            _ => policy.RouteValuePermitLimit ?? policy.PermitLimit,
        };
        return policy.SegmentsPerWindow > 1
            ? RateLimitPartition.GetSlidingWindowLimiter(key, _ => new SlidingWindowRateLimiterOptions
            {
                PermitLimit = permits, Window = policy.Window, SegmentsPerWindow = policy.SegmentsPerWindow, QueueLimit = 0,
            })
            : RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits, Window = policy.Window, QueueLimit = 0,
            });
    }
}
