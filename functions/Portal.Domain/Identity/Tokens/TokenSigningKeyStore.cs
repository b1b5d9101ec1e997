using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.IdentityModel.Tokens;

namespace Portal.Domain.Identity.Tokens;

/// <summary>The signing keys, loaded once on first use (not at start-up: a host without identity settings still starts).</summary>
public sealed class TokenSigningKeyStore(ITokenSigningKeySource source)
{
    private readonly Lazy<Task<TokenSigningKeys>> _keys = new(() => source.LoadAsync(CancellationToken.None));

    public Task<TokenSigningKeys> GetAsync() => _keys.Value;

    /// <summary>The key id of a certificate: base64url of its SHA-256 thumbprint, stable across restarts.</summary>
    public static string KeyIdOf(X509Certificate2 certificate) =>
        Base64UrlEncoder.Encode(SHA256.HashData(certificate.RawData));

    public static X509SecurityKey SecurityKeyOf(X509Certificate2 certificate) => new(certificate, KeyIdOf(certificate));
}
