using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace Portal.Domain.Identity.Tokens;

/// <summary>The JWKS (RFC 7517) clients validate our tokens with: the public halves of the current and previous keys.</summary>
public static class JsonWebKeySetDocument
{
    public static JsonObject From(TokenSigningKeys keys)
    {
        var array = new JsonArray();
        foreach (var certificate in keys.All)
        {
            var rsa = certificate.GetRSAPublicKey()!.ExportParameters(includePrivateParameters: false);
            array.Add(new JsonObject
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["alg"] = SecurityAlgorithms.RsaSha256,
                ["kid"] = TokenSigningKeyStore.KeyIdOf(certificate),
                ["n"] = Base64UrlEncoder.Encode(rsa.Modulus),
                ["e"] = Base64UrlEncoder.Encode(rsa.Exponent),
            });
        }
        return new JsonObject { ["keys"] = array };
    }
}
