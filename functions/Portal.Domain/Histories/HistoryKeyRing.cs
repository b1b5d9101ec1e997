using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Portal.Contracts.Canonical;
using Portal.Contracts.Histories;

namespace Portal.Domain.Histories;

/// <summary>
/// The history keys of <see cref="HistoryKeyOptions"/>, read on first use (a host without them still starts; what needs
/// them fails then), and their public halves as the published key history.
/// </summary>
public sealed class HistoryKeyRing(IOptions<HistoryKeyOptions> options)
{
    private readonly Lazy<IReadOnlyList<HistoryKey>> _keys = new(() => Parse(Read(options.Value)));

    public IReadOnlyList<HistoryKey> All => _keys.Value;

    public HistoryKey Current => _keys.Value[^1];

    /// <summary>A JWKS (RFC 7517) of every history key, each with the period it signed in (<c>validFrom</c>, <c>validUntil</c>).</summary>
    public JsonObject ToJsonWebKeySet()
    {
        var keys = new JsonArray();
        foreach (var key in All)
        {
            var jwk = PublicJwk(key.Key);
            jwk["kid"] = key.KeyId;
            jwk["use"] = "sig";
            jwk["alg"] = CompactJws.Algorithm;
            jwk["validFrom"] = key.ValidFrom.ToUnixTimeSeconds();
            if (key.ValidUntil is { } until)
            {
                jwk["validUntil"] = until.ToUnixTimeSeconds();
            }
            keys.Add(jwk);
        }
        return new JsonObject { ["keys"] = keys };
    }

    private static string Read(HistoryKeyOptions options) => options switch
    {
        { SigningKeys.Length: > 0 } => options.SigningKeys,
        { SigningKeysFile.Length: > 0 } => File.ReadAllText(options.SigningKeysFile),
        _ => throw new InvalidOperationException(
            $"Set {HistoryKeyOptions.Section}:{nameof(HistoryKeyOptions.SigningKeys)} or :{nameof(HistoryKeyOptions.SigningKeysFile)} to sign history exports."),
    };

    private static List<HistoryKey> Parse(string lines)
    {
        var parsed = lines.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(parts => parts.Length == 2
                ? (From: DateTimeOffset.Parse(parts[0], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal), Key: Import(parts[1]))
                : throw new FormatException("A history key line is '<time it started signing> <base64 DER EC private key>'."))
            .ToList();
        if (parsed.Count == 0)
        {
            throw new FormatException("No history key is configured.");
        }
        return [.. parsed.Select((k, i) => new HistoryKey(KeyIdOf(k.Key), k.Key, k.From, i + 1 < parsed.Count ? parsed[i + 1].From : null))];
    }

    private static ECDsa Import(string base64)
    {
        var der = Convert.FromBase64String(base64);
        var key = ECDsa.Create();
        try
        {
            key.ImportPkcs8PrivateKey(der, out _);
        }
        catch (CryptographicException)
        {
            key.ImportECPrivateKey(der, out _);
        }
        if (key.KeySize != 256)
        {
            throw new FormatException("A history key is an EC P-256 key (ES256).");
        }
        return key;
    }

    /// <summary>The RFC 7638 thumbprint: stable, and computable by anyone holding the public key.</summary>
    private static string KeyIdOf(ECDsa key) =>
        Base64Url.EncodeToString(SHA256.HashData(JsonCanonicalizer.Canonicalize(PublicJwk(key))));

    private static JsonObject PublicJwk(ECDsa key)
    {
        var point = key.ExportParameters(includePrivateParameters: false).Q;
        return new JsonObject
        {
            ["crv"] = "P-256",
            ["kty"] = "EC",
            ["x"] = Base64Url.EncodeToString(point.X),
            ["y"] = Base64Url.EncodeToString(point.Y),
        };
    }
}
