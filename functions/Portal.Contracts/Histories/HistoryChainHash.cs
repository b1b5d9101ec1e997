using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace Portal.Contracts.Histories;

/// <summary>
/// The link of a resident's history chain: hash = SHA-256(previous hash ‖ RFC 8785 canonical entry), in lowercase hex.
/// The entry is exactly what an export shows for it, less its own <c>hash</c>; the first entry's previous hash is
/// <see cref="Genesis"/>.
/// </summary>
public static class HistoryChainHash
{
    /// <summary>The name of the hash member in an exported entry (everything else in the entry is hashed).</summary>
    public const string HashMember = "hash";

    /// <summary>The name of the sequence number member in an exported entry (1, 2, 3 ... without gaps).</summary>
    public const string SequenceMember = "seq";

    public static readonly string Genesis = new('0', 64);

    public static string Next(string previousHash, JsonObject entry)
    {
        var canonical = JsonCanonicalizer.CanonicalBytes(entry);
        var input = new byte[32 + canonical.Length];
        Convert.FromHexString(previousHash).CopyTo(input, 0);
        canonical.CopyTo(input, 32);
        return Convert.ToHexStringLower(SHA256.HashData(input));
    }

    /// <summary>The hash of an exported entry, computed from its members other than <see cref="HashMember"/>.</summary>
    public static string OfExported(string previousHash, JsonObject exported)
    {
        var entry = new JsonObject();
        foreach (var (name, value) in exported)
        {
            if (name != HashMember)
            {
                entry[name] = value?.DeepClone();
            }
        }
        return Next(previousHash, entry);
    }
}
