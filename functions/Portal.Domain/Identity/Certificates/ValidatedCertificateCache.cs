using System.Collections.Concurrent;

namespace Portal.Domain.Identity.Certificates;

/// <summary>
/// Certificates that passed chain and key-usage checks, keyed by purpose and the SHA-256 of their DER, so a resident
/// who logs in again skips that work. Only the static checks are cached: revocation is looked up on every call.
/// </summary>
public sealed class ValidatedCertificateCache(CertificateCacheOptions options)
{
    private readonly ConcurrentDictionary<(CertificatePurpose, string), Entry> _entries = new();

    public int Count => _entries.Count;

    public ValidatedCertificate? Find(CertificatePurpose purpose, string sha256, DateTimeOffset now)
    {
        if (!_entries.TryGetValue((purpose, sha256), out var entry))
        {
            return null;
        }
        if (now < entry.Certificate.NotBefore || now >= entry.ValidUntil)
        {
            _entries.TryRemove((purpose, sha256), out _);
            return null;
        }
        return entry.Certificate;
    }

    public void Add(ValidatedCertificate certificate, DateTimeOffset now)
    {
        if (_entries.Count >= options.MaxEntries)
        {
            MakeRoom(now);
        }
        var until = now + options.MaxAge < certificate.NotAfter ? now + options.MaxAge : certificate.NotAfter;
        _entries[(certificate.Purpose, certificate.Sha256)] = new Entry(certificate, until);
    }

    /// <summary>Drops stale entries; if the cache is still full, drops arbitrary ones (a miss only costs a full check).</summary>
    private void MakeRoom(DateTimeOffset now)
    {
        foreach (var (key, entry) in _entries)
        {
            if (now >= entry.ValidUntil)
            {
                _entries.TryRemove(key, out _);
            }
        }
        foreach (var key in _entries.Keys)
        {
            if (_entries.Count < options.MaxEntries)
            {
                break;
            }
            _entries.TryRemove(key, out _);
        }
    }

    private sealed record Entry(ValidatedCertificate Certificate, DateTimeOffset ValidUntil);
}
