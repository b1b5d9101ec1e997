using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Portal.Operator.Keys;

/// <summary>
/// RFC 7638 JWK thumbprint (SHA-256): the hash of the key's required members only, in lexicographic order, without
/// whitespace — the same key always gets the same kid, whoever computes it.
/// </summary>
public static class JwkThumbprint
{
    public static string OfRsa(string n, string e) => Hash($$"""{"e":"{{e}}","kty":"RSA","n":"{{n}}"}""");

    public static string OfEc(string crv, string x, string y) => Hash($$"""{"crv":"{{crv}}","kty":"EC","x":"{{x}}","y":"{{y}}"}""");

    private static string Hash(string canonical) => Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
}
