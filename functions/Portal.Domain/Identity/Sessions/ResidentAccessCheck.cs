using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Portal.Domain.Identity.Tokens;

namespace Portal.Domain.Identity.Sessions;

/// <summary>
/// The one per-request check of a resident's access token against what it stands for (its login: every
/// <see cref="IAccessStateCheck"/> registered; a proxy's delegation is checked next to it, by the same pattern). A token is valid for 10 minutes;
/// this is what makes an ended login, a deleted account or a revoked refresh token stop working within
/// <see cref="SessionOptions.CheckCacheDuration"/> (at most 30 s) on every instance. The verdict, either way, is cached
/// per instance for that long, so an active resident costs one point read per check per 30 s, not one per request.
/// </summary>
public sealed class ResidentAccessCheck(
    IEnumerable<IAccessStateCheck> checks, IOptions<SessionOptions> options, TimeProvider clock,
    ILogger<ResidentAccessCheck>? logger = null)
{
    /// <summary>Past this many cached verdicts, expired ones are swept on the next miss.</summary>
    private const int SweepAbove = 10_000;

    private readonly IAccessStateCheck[] _checks = [.. checks];
    private readonly ConcurrentDictionary<string, (string? Refusal, DateTimeOffset Until)> _verdicts = new(StringComparer.Ordinal);
    private readonly ILogger _logger = logger ?? NullLogger<ResidentAccessCheck>.Instance;

    private TimeSpan CacheDuration =>
        options.Value.CheckCacheDuration < SessionOptions.MaxCheckCacheDuration ? options.Value.CheckCacheDuration : SessionOptions.MaxCheckCacheDuration;

    /// <exception cref="InvalidAccessTokenException">What the token stands for has ended (answered 401: sign in again).</exception>
    public async Task RequireAsync(AccessTokenClaims claims, CancellationToken cancellationToken)
    {
        var key = KeyOf(claims);
        var now = clock.GetUtcNow();
        if (!_verdicts.TryGetValue(key, out var verdict) || now >= verdict.Until)
        {
            verdict = (await RefusalAsync(claims, cancellationToken), now + CacheDuration);
            Sweep(now);
            _verdicts[key] = verdict;
        }
        if (verdict.Refusal is { } refusal)
        {
            _logger.LogInformation("Refused a resident token of client {ClientId}: {Refusal}", claims.ClientId, refusal);
            throw new InvalidAccessTokenException(refusal);
        }
    }

    private async Task<string?> RefusalAsync(AccessTokenClaims claims, CancellationToken cancellationToken)
    {
        foreach (var check in _checks)
        {
            if (await check.RefusalAsync(claims, cancellationToken) is { } refusal)
            {
                return refusal;
            }
        }
        return null;
    }

    /// <summary>
    /// Everything the checks read from the token: the account, the client and the login, and for a delegated token the
    /// actor and the delegation. Tokens of one login share a verdict.
    /// </summary>
    private static string KeyOf(AccessTokenClaims claims) =>
        $"{claims.Subject} {claims.ClientId} {claims.SessionId} {claims.Actor} {claims.DelegationId}";

    private void Sweep(DateTimeOffset now)
    {
        if (_verdicts.Count <= SweepAbove)
        {
            return;
        }
        foreach (var (key, verdict) in _verdicts)
        {
            if (now >= verdict.Until)
            {
                _verdicts.TryRemove(key, out _);
            }
        }
    }
}
