using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace Bot.Channels.Teams.Tests.Fakes;

/// <summary>An RSA key the test holds, published in the fake's JWKS with the channels it endorses.</summary>
public sealed class SigningKey(string keyId, string[] endorsements)
{
    private readonly RSA rsa = RSA.Create(2048);

    public string KeyId { get; } = keyId;

    public RsaSecurityKey SecurityKey => new(rsa) { KeyId = KeyId };

    public JsonObject ToJwk()
    {
        var parameters = rsa.ExportParameters(false);
        var endorsed = new JsonArray();
        foreach (var channel in endorsements)
        {
            endorsed.Add(channel);
        }

        return new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            ["endorsements"] = endorsed,
        };
    }
}
