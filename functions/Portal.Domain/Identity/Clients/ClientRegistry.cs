using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Portal.Domain.Identity.DeviceAuthorization;

namespace Portal.Domain.Identity.Clients;

/// <summary>
/// The registered clients as the token endpoints see them: <see cref="ClientRepository"/> behind a short cache (every
/// token request names its client; a point read each time is a waste, a long cache would delay a key rotation).
/// Unknown ids are not cached, so a client registered a moment ago works at once.
/// </summary>
public sealed class ClientRegistry(ClientRepository repository, IOptions<ClientRegistryOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, (RegisteredClient Client, DateTimeOffset Until)> _cache = new(StringComparer.Ordinal);

    public async Task<RegisteredClient?> FindAsync(string? clientId, CancellationToken cancellationToken)
    {
        // A client_id of another shape names no client: never a read (a path- or JSON-like id once fetched another document).
        if (!ClientIdentifiers.IsClientId(clientId))
        {
            return null;
        }
        var now = clock.GetUtcNow();
        if (_cache.TryGetValue(clientId, out var cached) && now < cached.Until)
        {
            return cached.Client;
        }
        var client = (await repository.FindAsync(clientId, cancellationToken))?.Document;
        if (client is null)
        {
            _cache.TryRemove(clientId, out _);
            return null;
        }
        _cache[clientId] = (client, now + options.Value.CacheDuration);
        return client;
    }

    /// <exception cref="OAuthErrorException">unauthorized_client when <paramref name="grantType"/> is not allowed.</exception>
    public static void RequireGrant(RegisteredClient client, string grantType)
    {
        if (!client.AllowedGrantTypes.Contains(grantType, StringComparer.Ordinal))
        {
            throw new OAuthErrorException(OAuthErrors.UnauthorizedClient, $"the client may not use {grantType}.");
        }
    }

    /// <summary>The requested scopes (all allowed), or all allowed ones when none were named.</summary>
    /// <exception cref="OAuthErrorException">invalid_scope.</exception>
    public static IReadOnlyList<string> ScopesFor(RegisteredClient client, string? requested) =>
        Narrow(client.AllowedScopes, requested);

    /// <summary>The requested scopes when all are within <paramref name="allowed"/>; <paramref name="allowed"/> when none were named.</summary>
    /// <exception cref="OAuthErrorException">invalid_scope.</exception>
    public static IReadOnlyList<string> Narrow(IReadOnlyList<string> allowed, string? requested)
    {
        var asked = (requested ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList();
        if (asked.Count == 0)
        {
            return allowed;
        }
        var refused = asked.Where(s => !allowed.Contains(s, StringComparer.Ordinal)).ToList();
        return refused.Count == 0
            ? asked
            : throw new OAuthErrorException(OAuthErrors.InvalidScope, $"not allowed: {string.Join(' ', refused)}.");
    }
}
