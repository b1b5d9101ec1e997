using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Portal.Contracts.Canonical;

namespace Portal.Contracts.Histories;

/// <summary>
/// The link of a resident's history chain: hash = SHA-256(previous hash ‖ RFC 8785 canonical entry), in lowercase hex.
/// The entry is exactly what an export shows for it, less its own <c>hash</c>; the first entry's previous hash is
/// <see cref="Genesis"/>.
/// </summary>
/// <remarks>An entry that is not I-JSON throws <see cref="CanonicalizationException"/>, as a signed application would.</remarks>
public static class HistoryChainHash
{
    /// <summary>The name of the hash member in an exported entry (everything else in the entry is hashed).</summary>
    public const string HashMember = "hash";

    /// <summary>The name of the sequence number member in an exported entry (1, 2, 3 ... without gaps).</summary>
    public const string SequenceMember = "seq";

    public static readonly string Genesis = new('0', 64);

    public static string Next(string previousHash, JsonObject entry) => Link(previousHash, JsonCanonicalizer.Canonicalize(entry));

    /// <summary>The hash of an exported entry, computed from its members other than <see cref="HashMember"/>.</summary>
    public static string OfExported(string previousHash, JsonObject exported) =>
        Link(previousHash, JsonCanonicalizer.CanonicalizeWithout(exported, HashMember));

    private static string Link(string previousHash, byte[] canonical)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Convert.FromHexString(previousHash));
        sha.AppendData(canonical);
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
