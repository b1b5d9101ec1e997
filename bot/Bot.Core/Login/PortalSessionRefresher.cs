using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Bot.Core.Conversations;
using Microsoft.Extensions.Logging;

namespace Bot.Core.Login;

/// <summary>
/// The one place a stored portal session is refreshed, by the turn handler and the pollers alike. Within a process,
/// callers refreshing the same session share one call to the portal. Across processes, the portal lets one refresh
/// win and answers the other invalid_grant without ending the login (its grace for the token just spent); the loser
/// then takes the winner's session from the stored conversation instead of refreshing again.
/// </summary>
public sealed class PortalSessionRefresher(PortalIdentityClient identity, ConversationStore store, ILogger<PortalSessionRefresher> logger)
{
    /// <summary>
    /// How the loser waits for the winner's session to be stored: a poller stores it at once, a turn when it ends.
    /// Short of the portal's grace (5 s), after which the spent token would end the login anyway.
    /// </summary>
    private static readonly TimeSpan[] StoredWinnerWaits =
        [TimeSpan.Zero, TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1)];

    private readonly ConcurrentDictionary<string, Lazy<Task<TokenOutcome>>> _inFlight = new(StringComparer.Ordinal);

    /// <summary>New tokens for <paramref name="session"/>, the session of the conversation <paramref name="conversationKey"/>.</summary>
    /// <returns>The fresh session (this refresh's or the one that won the race), or the portal's refusal.</returns>
    public Task<TokenOutcome> RefreshAsync(string conversationKey, PortalSession session, CancellationToken cancellationToken) =>
        RefreshAsync(conversationKey, session, state => state.PortalSession, cancellationToken);

    /// <summary>
    /// New tokens for a first-time resident's registration-only session (<see cref="PendingLogin.Registration"/>),
    /// through the same single flight: a race is settled against the pending login's stored session.
    /// </summary>
    /// <returns>The fresh session, or the portal's refusal (<see cref="TokenOutcome.TooManyRequests"/>: the login is still there).</returns>
    public Task<TokenOutcome> RefreshRegistrationAsync(string conversationKey, PortalSession registration, CancellationToken cancellationToken) =>
        RefreshAsync(conversationKey, registration, state => state.PendingLogin?.Registration, cancellationToken);

    private async Task<TokenOutcome> RefreshAsync(
        string conversationKey, PortalSession session, Func<ConversationState, PortalSession?> storedSession, CancellationToken cancellationToken)
    {
        if (session.RefreshToken is not { } refreshToken)
        {
            return new TokenOutcome(null, TokenOutcome.InvalidGrant);
        }
        // Keyed by a hash: the refresh token itself is never kept longer than the call needs it.
        var flight = $"{conversationKey} {Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(refreshToken)))}";
        var shared = _inFlight.GetOrAdd(flight, _ => new Lazy<Task<TokenOutcome>>(
            () => identity.RefreshAsync(session, conversationKey, CancellationToken.None)));
        TokenOutcome outcome;
        try
        {
            outcome = await shared.Value.WaitAsync(cancellationToken);
        }
        finally
        {
            _inFlight.TryRemove(KeyValuePair.Create(flight, shared));
        }
        if (outcome.Session is not null || outcome.Error != TokenOutcome.InvalidGrant)
        {
            return outcome;
        }
        if (await StoredWinnerAsync(conversationKey, refreshToken, storedSession, cancellationToken) is { } winner)
        {
            logger.LogInformation("Portal session refresh lost a race; the stored session is used");
            return new TokenOutcome(winner, null);
        }
        return outcome;
    }

    private async Task<PortalSession?> StoredWinnerAsync(
        string conversationKey, string spent, Func<ConversationState, PortalSession?> storedSession, CancellationToken cancellationToken)
    {
        foreach (var wait in StoredWinnerWaits)
        {
            await Task.Delay(wait, cancellationToken);
            var stored = storedSession((await store.ReadAsync(conversationKey, cancellationToken)).State);
            if (stored is null)
            {
                return null;
            }
            if (stored.RefreshToken != spent)
            {
                return stored;
            }
        }
        return null;
    }
}
