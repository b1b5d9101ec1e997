using Portal.Testing;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Portal.Domain.Identity.Tokens;

namespace Portal.Domain.Tests.Identity.Tokens;

public sealed class AccessTokenServiceTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("token-keys-").FullName;
    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);
    private readonly TokenOptions _options = new() { Issuer = new Uri("https://portal.example/api"), Audience = "portal-api" };

    private AccessTokenService Service(out LocalTokenSigningKeySource source)
    {
        source = new LocalTokenSigningKeySource(_folder, _clock);
        return new AccessTokenService(new TokenSigningKeyStore(source), Options.Create(_options), _clock);
    }

    private static readonly AccessTokenClaims Resident = new("acc-7f3e", "chatbot", ["openid", "portal"]);

    [Fact]
    public async Task AnIssuedTokenValidatesAndCarriesItsClaims()
    {
        var service = Service(out _);

        var issued = await service.IssueAsync(Resident);
        var claims = await service.ValidateAsync(issued.Token);

        Assert.Equal(Resident.Subject, claims.Subject);
        Assert.Equal(Resident.ClientId, claims.ClientId);
        Assert.Equal(Resident.Scopes, claims.Scopes);
        Assert.Equal(TimeSpan.FromMinutes(10), issued.ExpiresIn);
    }

    [Fact]
    public async Task ATokenSignedBeforeARotationStillValidatesAndTheJwksPublishesBothKeys()
    {
        var before = await Service(out var source).IssueAsync(Resident);

        source.Rotate();
        var after = Service(out _);
        var keys = await new TokenSigningKeyStore(new LocalTokenSigningKeySource(_folder, _clock)).GetAsync();
        var jwks = JsonWebKeySetDocument.From(keys);

        Assert.Equal(Resident.Subject, (await after.ValidateAsync(before.Token)).Subject);
        Assert.Equal(2, jwks["keys"]!.AsArray().Count);
    }

    [Fact]
    public async Task AStandardLibraryValidatesOurTokensWithOnlyThePublishedJwks()
    {
        var service = Service(out _);
        var issued = await service.IssueAsync(Resident);
        var jwks = new JsonWebKeySet(JsonWebKeySetDocument.From(
            await new TokenSigningKeyStore(new LocalTokenSigningKeySource(_folder, _clock)).GetAsync()).ToJsonString());

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(issued.Token, new TokenValidationParameters
        {
            ValidIssuer = "https://portal.example/api",
            ValidAudience = "portal-api",
            IssuerSigningKeys = jwks.GetSigningKeys(),
            ValidTypes = ["at+jwt"],
        });

        Assert.True(result.IsValid, result.Exception?.Message);
    }

    [Fact]
    public async Task AnExpiredTokenIsRefused()
    {
        var service = Service(out _);
        var issued = await service.IssueAsync(Resident);

        _clock.Now += TimeSpan.FromMinutes(11);

        await Assert.ThrowsAsync<InvalidAccessTokenException>(() => service.ValidateAsync(issued.Token));
    }

    [Fact]
    public async Task ATokenFromAnotherIssuerKeyOrAudienceIsRefused()
    {
        var ours = Service(out _);
        var strangerFolder = Directory.CreateTempSubdirectory("token-keys-").FullName;
        var stranger = new AccessTokenService(new TokenSigningKeyStore(new LocalTokenSigningKeySource(strangerFolder, _clock)),
            Options.Create(_options), _clock);
        var otherAudience = new AccessTokenService(new TokenSigningKeyStore(new LocalTokenSigningKeySource(_folder, _clock)),
            Options.Create(new TokenOptions { Issuer = _options.Issuer, Audience = "someone-else" }), _clock);

        await Assert.ThrowsAsync<InvalidAccessTokenException>(async () => await ours.ValidateAsync((await stranger.IssueAsync(Resident)).Token));
        await Assert.ThrowsAsync<InvalidAccessTokenException>(async () => await ours.ValidateAsync((await otherAudience.IssueAsync(Resident)).Token));
        Directory.Delete(strangerFolder, recursive: true);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a token")]
    [InlineData("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.")]
    public async Task GarbageOrAnUnsignedTokenIsRefused(string token)
    {
        await Assert.ThrowsAsync<InvalidAccessTokenException>(() => Service(out _).ValidateAsync(token));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task TheSigningKeyFileIsReadableOnlyByItsOwner()
    {
        await Service(out _).IssueAsync(Resident);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(_folder, "current.pfx")));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
