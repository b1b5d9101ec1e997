using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using Portal.Domain.Errors;
using Portal.Domain.Storage;

namespace Portal.Domain.Identity.Dpop;

/// <summary>
/// Server-provided DPoP nonces (RFC 9449 §8, §9), which bound how long a proof made in advance stays usable: a client
/// whose key was stolen cannot have proofs for tomorrow ready today. Stateless, so an instance accepts what another gave
/// out: a nonce is a time slot and a MAC of it under a shared key (<see cref="DpopNonceKey"/>), good in the slot it was
/// made in and the next, so between <see cref="Slot"/> and twice that.
/// </summary>
public sealed class DpopNonces(PortalDatabase database, TimeProvider clock)
{
    public static readonly TimeSpan Slot = TimeSpan.FromMinutes(5);

    private const int MacBytes = 16;

    private readonly SemaphoreSlim _loading = new(1, 1);
    private byte[]? _key;

    /// <summary>The nonce to hand out now.</summary>
    public async Task<string> CurrentAsync(CancellationToken cancellationToken) =>
        Make(await KeyAsync(cancellationToken), SlotOf(clock.GetUtcNow()));

    /// <summary>Whether <paramref name="nonce"/> is one this portal made in the current or the previous slot.</summary>
    public async Task<bool> IsCurrentAsync(string? nonce, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(nonce) || nonce.Length > 64)
        {
            return false;
        }
        var key = await KeyAsync(cancellationToken);
        var now = SlotOf(clock.GetUtcNow());
        var presented = System.Text.Encoding.ASCII.GetBytes(nonce);
        return new[] { now, now - 1 }.Any(slot =>
            CryptographicOperations.FixedTimeEquals(presented, System.Text.Encoding.ASCII.GetBytes(Make(key, slot))));
    }

    private static long SlotOf(DateTimeOffset at) => at.ToUnixTimeSeconds() / (long)Slot.TotalSeconds;

    private static string Make(byte[] key, long slot)
    {
        Span<byte> data = stackalloc byte[8 + MacBytes];
        BinaryPrimitives.WriteInt64BigEndian(data, slot);
        HMACSHA256.HashData(key, data[..8])[..MacBytes].CopyTo(data[8..]);
        return Base64Url.EncodeToString(data);
    }

    private async Task<byte[]> KeyAsync(CancellationToken cancellationToken)
    {
        if (_key is { } known)
        {
            return known;
        }
        await _loading.WaitAsync(cancellationToken);
        try
        {
            return _key ??= await LoadOrCreateAsync(cancellationToken);
        }
        finally
        {
            _loading.Release();
        }
    }

    private async Task<byte[]> LoadOrCreateAsync(CancellationToken cancellationToken)
    {
        var store = new DocumentStore<DpopNonceKey>(database.Container(PortalContainers.Grants));
        if (await store.ReadAsync(DpopNonceKey.TheId, DpopNonceKey.TheId, cancellationToken) is { } stored)
        {
            return Convert.FromBase64String(stored.Document.Key);
        }
        try
        {
            var made = new DpopNonceKey { Key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) };
            await store.CreateAsync(made, cancellationToken);
            return Convert.FromBase64String(made.Key);
        }
        // Another instance made it at the same moment: use theirs.
        catch (DuplicateDocumentException)
        {
            var theirs = await store.ReadAsync(DpopNonceKey.TheId, DpopNonceKey.TheId, cancellationToken)
                ?? throw new InvalidOperationException("The DPoP nonce key was created and is gone.");
            return Convert.FromBase64String(theirs.Document.Key);
        }
    }
}
