using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Portal.Domain.Identity.Tokens;

/// <summary>
/// The signing keys, loaded on first use (not at start-up: a host without identity settings still starts) and reloaded
/// without a restart: when the set is older than <see cref="TokenOptions.SigningKeyReloadInterval"/>, and when a token
/// names a key id the set does not hold (another instance rotated first). Every load is single-flight.
/// </summary>
/// <remarks>
/// A failed load is never remembered as failed: the first load's failure is thrown to that caller and the next call
/// tries again; a failed reload keeps the last good set (a Key Vault outage must not stop every login) and is tried
/// again after <see cref="TokenOptions.SigningKeyMinReloadInterval"/>. The same minimum gap limits reloads asked for by
/// unknown key ids, so tokens with made-up kids cannot turn every request into a Key Vault call.
/// </remarks>
public sealed class TokenSigningKeyStore(
    ITokenSigningKeySource source, TimeProvider? clock = null, IOptions<TokenOptions>? options = null,
    ILogger<TokenSigningKeyStore>? logger = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly TokenOptions _options = options?.Value ?? new TokenOptions();
    private readonly ILogger _logger = logger ?? NullLogger<TokenSigningKeyStore>.Instance;
    private readonly Lock _gate = new();
    private volatile LoadedKeys? _loaded;
    private Task<TokenSigningKeys>? _loading;
    private DateTimeOffset _lastAttempt = DateTimeOffset.MinValue;

    /// <summary>The current set; reloaded first when it is older than the reload interval.</summary>
    public Task<TokenSigningKeys> GetAsync()
    {
        var loaded = _loaded;
        if (loaded is null)
        {
            return ReloadAsync();
        }
        var now = _clock.GetUtcNow();
        return now - loaded.LoadedAt < _options.SigningKeyReloadInterval || !MayReload(now)
            ? Task.FromResult(loaded.Keys)
            : ReloadAsync();
    }

    /// <summary>
    /// The set to verify a token signed with <paramref name="keyId"/>: reloaded first when it does not hold that key,
    /// at most once per minimum reload interval.
    /// </summary>
    public async Task<TokenSigningKeys> GetForKeyIdAsync(string? keyId)
    {
        var keys = await GetAsync();
        if (keyId is null || keys.All.Any(k => KeyIdOf(k) == keyId) || !MayReload(_clock.GetUtcNow()))
        {
            return keys;
        }
        return await ReloadAsync();
    }

    /// <summary>The key id of a certificate: base64url of its SHA-256 thumbprint, stable across restarts.</summary>
    public static string KeyIdOf(X509Certificate2 certificate) =>
        Base64UrlEncoder.Encode(SHA256.HashData(certificate.RawData));

    public static X509SecurityKey SecurityKeyOf(X509Certificate2 certificate) => new(certificate, KeyIdOf(certificate));

    private bool MayReload(DateTimeOffset now)
    {
        lock (_gate)
        {
            return now - _lastAttempt >= _options.SigningKeyMinReloadInterval;
        }
    }

    private Task<TokenSigningKeys> ReloadAsync()
    {
        lock (_gate)
        {
            // Single flight: callers arriving while a load runs share it.
            if (_loading is { IsCompleted: false } running)
            {
                return running;
            }
            _lastAttempt = _clock.GetUtcNow();
            _loading = LoadAsync();
            return _loading;
        }
    }

    private async Task<TokenSigningKeys> LoadAsync()
    {
        try
        {
            var keys = await source.LoadAsync(CancellationToken.None);
            var previous = _loaded;
            _loaded = new LoadedKeys(keys, _clock.GetUtcNow());
            if (previous is not null && !SameKeys(previous.Keys, keys))
            {
                _logger.LogInformation("Token-signing keys reloaded: now signing with {KeyId}, {Count} key(s) verify",
                    KeyIdOf(keys.Current), keys.All.Count());
            }
            return keys;
        }
        catch (Exception e) when (_loaded is { } lastGood)
        {
            _logger.LogWarning(e, "Reloading the token-signing keys failed; the last loaded set stays until the next try");
            return lastGood.Keys;
        }
    }

    private static bool SameKeys(TokenSigningKeys a, TokenSigningKeys b) =>
        a.All.Select(KeyIdOf).SequenceEqual(b.All.Select(KeyIdOf));

    private sealed record LoadedKeys(TokenSigningKeys Keys, DateTimeOffset LoadedAt);
}
