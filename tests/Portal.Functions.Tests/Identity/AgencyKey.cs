using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Portal.Domain.Identity.Clients;

namespace Portal.Functions.Tests.Identity;

/// <summary>
/// An agency's key pair made in the test (RSA, or EC P-256 with <see cref="Ec"/>): the public half is registered as a
/// JWK, the private half signs assertions.
/// </summary>
public sealed class AgencyKey : IDisposable
{
    private readonly RSA? _rsa;
    private readonly ECDsa? _ec;

    public AgencyKey() => _rsa = RSA.Create(2048);

    private AgencyKey(ECDsa ec) => _ec = ec;

    public static AgencyKey Ec() => new(ECDsa.Create(ECCurve.NamedCurves.nistP256));

    public string KeyId { get; } = Guid.NewGuid().ToString("N");

    public string PublicJwk
    {
        get
        {
            if (_ec is not null)
            {
                var point = _ec.ExportParameters(includePrivateParameters: false).Q;
                return new JsonObject
                {
                    ["kty"] = "EC", ["kid"] = KeyId, ["use"] = "sig", ["crv"] = "P-256",
                    ["x"] = Base64UrlEncoder.Encode(point.X), ["y"] = Base64UrlEncoder.Encode(point.Y),
                }.ToJsonString();
            }
            var parameters = _rsa!.ExportParameters(includePrivateParameters: false);
            return new JsonObject
            {
                ["kty"] = "RSA",
                ["kid"] = KeyId,
                ["use"] = "sig",
                ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            }.ToJsonString();
        }
    }

    public ClientKey Registered(DateTimeOffset addedAt, DateTimeOffset? notAfter = null) => new(KeyId, PublicJwk, addedAt, notAfter);

    /// <summary>A private_key_jwt assertion (RFC 7523 §3); each argument can be bent to make a bad one.</summary>
    public string Assertion(string clientId, string audience, DateTimeOffset now, TimeSpan? lifetime = null,
        string? jti = "", string? subject = null, string? algorithm = null, TimeSpan? issuedAtShift = null, bool withIssuedAt = true,
        IReadOnlyList<string>? audiences = null)
    {
        var claims = new Dictionary<string, object> { ["sub"] = subject ?? clientId };
        if (audiences is not null)
        {
            // Always a JSON array, even of one (the descriptor writes a single audience as a string).
            claims["aud"] = audiences.ToArray();
        }
        if (jti is not null)
        {
            claims["jti"] = jti.Length > 0 ? jti : Guid.NewGuid().ToString("N");
        }
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = clientId,
            Audience = audiences is null ? audience : null,
            IssuedAt = withIssuedAt ? (now + (issuedAtShift ?? TimeSpan.Zero)).UtcDateTime : null,
            Expires = (now + (lifetime ?? TimeSpan.FromMinutes(1))).UtcDateTime,
            Claims = claims,
            SigningCredentials = _ec is not null
                ? new SigningCredentials(new ECDsaSecurityKey(_ec) { KeyId = KeyId }, algorithm ?? SecurityAlgorithms.EcdsaSha256)
                : new SigningCredentials(new RsaSecurityKey(_rsa) { KeyId = KeyId }, algorithm ?? SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    public void Dispose()
    {
        _rsa?.Dispose();
        _ec?.Dispose();
    }
}
