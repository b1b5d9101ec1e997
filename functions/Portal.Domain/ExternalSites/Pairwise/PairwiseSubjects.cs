using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using Portal.Domain.Residents.References;

namespace Portal.Domain.ExternalSites.Pairwise;

/// <summary>
/// A resident's <c>sub</c> at a site (OIDC Core §8.1, pairwise): HMAC-SHA256 of (sector, account) under a key derived
/// (HKDF) from the residentRef secret (<see cref="ResidentRefOptions"/>: <c>ResidentRefs:Key</c>, in Azure the Key Vault
/// secret, locally <c>.local/resident-ref-key</c>) — one secret to keep, and a subject says nothing about a ref. The same
/// resident and sector always give the same subject, another sector another one, and without the key nobody can link
/// two sites' subjects or compute one from an account id. A hash cannot be turned back: <see cref="PairwiseSubjectIndex"/>
/// records each one given out.
/// </summary>
public sealed class PairwiseSubjects(ResidentRefs secrets)
{
    /// <summary>43 characters of base64url: the whole MAC, so two sectors' subjects never collide in the index.</summary>
    public const int Length = 43;

    private readonly Lazy<byte[]> _key = new(() => secrets.DeriveKey("pairwise-subjects"));

    public string For(string sector, string accountId)
    {
        ArgumentException.ThrowIfNullOrEmpty(sector);
        ArgumentException.ThrowIfNullOrEmpty(accountId);
        return Base64Url.EncodeToString(HMACSHA256.HashData(_key.Value, Encoding.UTF8.GetBytes($"{sector}\n{accountId}")));
    }

    /// <summary>The shape of a subject, checked before any read.</summary>
    public static bool IsWellFormed([NotNullWhen(true)] string? text) =>
        text is { Length: Length }
        && text.AsSpan().IndexOfAnyExcept("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") < 0;
}
