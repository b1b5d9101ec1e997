using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Portal.Domain.Identity.Sessions;
using Portal.Domain.Identity.Tokens;

namespace Portal.Domain.Proxies.Acting;

/// <summary>
/// The per-request check of a delegated token against its delegation: still active, in its period, naming this
/// principal and this proxy. A delegated token lives up to 10 minutes; this is what makes a revoked delegation stop
/// within <see cref="SessionOptions.CheckCacheDuration"/> (at most 30 s) on every instance, as
/// <see cref="ResidentAccessCheck"/> does for logins. The delegation read is cached per instance for that long; the
/// period is judged against the clock on every request, so an ended period stops at once.
/// </summary>
public sealed class DelegationAccessCheck(
    Delegations delegations, IOptions<SessionOptions> options, TimeProvider clock, ILogger<DelegationAccessCheck>? logger = null)
{
    /// <summary>Past this many cached delegations, expired ones are swept on the next miss.</summary>
    private const int SweepAbove = 10_000;

    private readonly ConcurrentDictionary<string, (Delegation? Delegation, DateTimeOffset Until)> _read = new(StringComparer.Ordinal);
    private readonly ILogger _logger = logger ?? NullLogger<DelegationAccessCheck>.Instance;

    private TimeSpan CacheDuration =>
        options.Value.CheckCacheDuration < SessionOptions.MaxCheckCacheDuration ? options.Value.CheckCacheDuration : SessionOptions.MaxCheckCacheDuration;

    /// <returns>The delegation the token acts under, in effect now.</returns>
    /// <exception cref="DelegationEndedException">It is not (or the token is not a delegated one).</exception>
    public async Task<Delegation> RequireAsync(AccessTokenClaims claims, CancellationToken cancellationToken)
    {
        if (claims is not { Actor: { } actor, DelegationId: { } id })
        {
            throw Refuse(claims, "not a delegated token");
        }
        var now = clock.GetUtcNow();
        if (!_read.TryGetValue(id, out var cached) || now >= cached.Until)
        {
            cached = ((await delegations.ReadAsync(id, cancellationToken))?.Document, now + CacheDuration);
            Sweep(now);
            _read[id] = cached;
        }
        return cached.Delegation switch
        {
            null => throw Refuse(claims, "delegation not found"),
            { } d when d.PrincipalId != claims.Subject || d.ProxyId != actor => throw Refuse(claims, "delegation of other accounts"),
            { } d when !d.IsEffectiveAt(now) => throw Refuse(claims, $"delegation {d.State}, or outside its period"),
            { } d => d,
        };
    }

    private DelegationEndedException Refuse(AccessTokenClaims claims, string reason)
    {
        _logger.LogInformation("Refused a delegated token of client {ClientId} for delegation {DelegationId}: {Refusal}",
            claims.ClientId, claims.DelegationId, reason);
        return new DelegationEndedException(reason);
    }

    private void Sweep(DateTimeOffset now)
    {
        if (_read.Count <= SweepAbove)
        {
            return;
        }
        foreach (var (key, entry) in _read)
        {
            if (now >= entry.Until)
            {
                _read.TryRemove(key, out _);
            }
        }
    }
}
