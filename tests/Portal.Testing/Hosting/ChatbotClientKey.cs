using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Portal.Domain.Identity.Clients;

namespace Portal.Testing.Hosting;

/// <summary>
/// The chatbot's test key pair, as <c>portal-operator clients add --generate-key</c> makes it: EC P-256, the private
/// half in a PEM file the bot host reads (<c>Bot:Portal:ClientKeyFile</c>), the public half registered as a JWK whose
/// kid is the RFC 7638 thumbprint. One per test run.
/// </summary>
public static class ChatbotClientKey
{
    private static readonly Lazy<(string File, string Jwk, string KeyId)> Pair = new(Create);

    /// <summary>The private key's PEM file.</summary>
    public static string PrivateKeyFile => Pair.Value.File;

    /// <summary>The public half as the portal stores it.</summary>
    public static ClientKey Registered(DateTimeOffset addedAt) => new(Pair.Value.KeyId, Pair.Value.Jwk, addedAt, null);

    /// <summary>The chatbot as it is registered: confidential, holding the test key, with the resident grants (a proxy's token exchange too) and scopes.</summary>
    public static RegisteredClient Chatbot(DateTimeOffset now) => new()
    {
        Id = "chatbot",
        Name = "マイナポータル チャットボット",
        Kind = ClientKinds.Confidential,
        AllowedGrantTypes = [GrantTypes.DeviceCode, GrantTypes.RefreshToken, GrantTypes.TokenExchange],
        AllowedScopes = ["openid", "portal", "email"],
        Keys = [Registered(now.AddMinutes(-5))],
        CreatedAt = now,
    };

    /// <summary>The bot host's settings for this key and the test portals' issuer.</summary>
    public static IReadOnlyDictionary<string, string?> BotSettings => new Dictionary<string, string?>
    {
        ["Bot:Portal:ClientKeyFile"] = PrivateKeyFile,
        ["Bot:Portal:Issuer"] = "http://localhost/api",
    };

    private static (string, string, string) Create()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var file = Path.Combine(Directory.CreateTempSubdirectory("chatbot-key-").FullName, "private.pem");
        File.WriteAllText(file, key.ExportPkcs8PrivateKeyPem());
        var q = key.ExportParameters(false).Q;
        var (x, y) = (Base64Url.EncodeToString(q.X), Base64Url.EncodeToString(q.Y));
        var kid = Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes($$"""{"crv":"P-256","kty":"EC","x":"{{x}}","y":"{{y}}"}""")));
        var jwk = new JsonObject { ["kty"] = "EC", ["crv"] = "P-256", ["x"] = x, ["y"] = y, ["kid"] = kid, ["use"] = "sig" };
        return (file, jwk.ToJsonString(), kid);
    }
}
