using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Portal.Operator.Tests.Support;

/// <summary>
/// Checks keys the way a verifier of private_key_jwt will: an assertion signed with the agency's private key must
/// validate against the stored JWK (read by Microsoft.IdentityModel, independently of the CLI's code).
/// </summary>
public static class KeyChecks
{
    public static bool Verifies(string privatePem, string storedJwk)
    {
        using var ecdsa = ECDsa.Create();
        ecdsa.ImportFromPem(privatePem);
        var handler = new JsonWebTokenHandler();
        var jwk = new JsonWebKey(storedJwk);
        var token = handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "agency",
            Audience = "https://portal.example/api/oauth/token",
            SigningCredentials = new SigningCredentials(new ECDsaSecurityKey(ecdsa) { KeyId = jwk.Kid }, SecurityAlgorithms.EcdsaSha256),
        });
        var result = handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = "agency",
            ValidAudience = "https://portal.example/api/oauth/token",
            IssuerSigningKey = jwk,
        }).GetAwaiter().GetResult();
        return result.IsValid;
    }

    /// <summary>The RFC 7638 thumbprint as Microsoft.IdentityModel computes it.</summary>
    public static string Thumbprint(string jwk) => Base64UrlEncoder.Encode(new JsonWebKey(jwk).ComputeJwkThumbprint());
}
