using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Bot.Channels.Teams.Tests.Fakes;

/// <summary>Bot Connector tokens as the fake signs them; each parameter can be bent for a refusal case.</summary>
public static class TokenFactory
{
    public const string Issuer = "https://api.botframework.com";

    public static string Create(
        SecurityKey key,
        string audience,
        string serviceUrl,
        string issuer = Issuer,
        DateTime? expires = null,
        string algorithm = SecurityAlgorithms.RsaSha256)
    {
        var exp = expires ?? DateTime.UtcNow.AddMinutes(30);
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = exp.AddHours(-1),
            NotBefore = exp.AddHours(-1),
            Expires = exp,
            Subject = new ClaimsIdentity([new Claim("serviceurl", serviceUrl)]),
            SigningCredentials = new SigningCredentials(key, algorithm),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    /// <summary>An HS256 token "signed" with a secret that has the RSA key's id, to check the algorithm pinning.</summary>
    public static string CreateSymmetric(string keyId, string audience, string serviceUrl)
    {
        var secret = new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)) { KeyId = keyId };
        return Create(secret, audience, serviceUrl, algorithm: SecurityAlgorithms.HmacSha256);
    }
}
