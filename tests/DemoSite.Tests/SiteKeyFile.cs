using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Portal.Domain.Identity.Clients;

namespace DemoSite.Tests;

/// <summary>
/// The site's key pair as <c>portal-operator sites add --generate-key</c> makes it: EC P-256, the private half a PEM
/// file the site reads, the public half a JWK whose kid is its RFC 7638 thumbprint.
/// </summary>
public static class SiteKeyFile
{
    /// <returns>The private key file and the key to register.</returns>
    public static (string PrivatePem, ClientKey Registered) Create(string folder, DateTimeOffset now)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var q = key.ExportParameters(includePrivateParameters: false).Q;
        var (x, y) = (Base64Url.EncodeToString(q.X), Base64Url.EncodeToString(q.Y));
        var kid = Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes($$"""{"crv":"P-256","kty":"EC","x":"{{x}}","y":"{{y}}"}""")));
        var file = Path.Combine(folder, "site-private.pem");
        File.WriteAllText(file, key.ExportPkcs8PrivateKeyPem());
        var jwk = new JsonObject { ["kty"] = "EC", ["kid"] = kid, ["use"] = "sig", ["alg"] = "ES256", ["crv"] = "P-256", ["x"] = x, ["y"] = y };
        return (file, new ClientKey(kid, jwk.ToJsonString(), now, null));
    }
}
