using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Identity.DeviceAuthorization;
using Portal.Domain.Identity.Sessions;
using Portal.Domain.Identity.Tokens;
using Portal.Domain.Tests.Identity.DeviceAuthorization;
using Portal.Testing;

namespace Portal.Domain.Tests.Identity.Tokens;

/// <summary>RFC 7009 as the portal applies it: refresh tokens are revoked, access tokens are not supported.</summary>
public sealed class TokenRevocationTests(IdentityStoreFixture fixture) : IClassFixture<IdentityStoreFixture>
{
    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);
    private readonly CancellationToken _ct = CancellationToken.None;

    private TokenRevocation Revocation => fixture.Services(_clock).GetRequiredService<TokenRevocation>();

    [Theory]
    [InlineData(null)]
    [InlineData("access_token")] // only where to look first: the refresh token is found all the same (§2.1)
    [InlineData("refresh_token")]
    public async Task ARefreshTokenOfTheCallingClientIsRevokedWhateverTheHint(string? hint)
    {
        var token = await NewRefreshTokenAsync();

        await Revocation.RevokeAsync(IdentityStoreFixture.Client("chatbot"), token, hint, _ct);

        await AssertError(OAuthErrors.InvalidGrant, () => fixture.RefreshTokens(_clock).RotateAsync(token, "chatbot", _ct));
    }

    [Fact]
    public async Task AnotherClientsRefreshTokenIsRefusedAndRevokesNothing()
    {
        var token = await NewRefreshTokenAsync();

        await AssertError(OAuthErrors.InvalidGrant, () => Revocation.RevokeAsync(IdentityStoreFixture.Client("other-bot"), token, null, _ct));

        Assert.NotNull((await fixture.RefreshTokens(_clock).RotateAsync(token, "chatbot", _ct)).RefreshToken);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("refresh_token")]
    [InlineData("access_token")]
    public async Task AnAccessTokenIsUnsupportedTokenTypeWhateverTheHint(string? hint)
    {
        var access = await fixture.Tokens(_clock).IssueAsync(new AccessTokenClaims("acc-1", "chatbot", ["portal"]));

        await AssertError(OAuthErrors.UnsupportedTokenType,
            () => Revocation.RevokeAsync(IdentityStoreFixture.Client("chatbot"), access.Token, hint, _ct));
    }

    [Theory]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA.never-issued", null, null)]
    [InlineData("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln", null, null)] // JWT-shaped, not ours: invalid, so answered as revoked (§2.2)
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA.never-issued", "access_token", OAuthErrors.UnsupportedTokenType)]
    public async Task AnUnknownTokenIsAnsweredAsRevokedUnlessItIsHintedAsAnAccessToken(string token, string? hint, string? expected)
    {
        var error = await Record.ExceptionAsync(() => Revocation.RevokeAsync(IdentityStoreFixture.Client("chatbot"), token, hint, _ct));

        Assert.Equal(expected, (error as OAuthErrorException)?.Error);
    }

    private async Task<string> NewRefreshTokenAsync() =>
        (await fixture.RefreshTokens(_clock).CreateAsync($"acc-{Guid.NewGuid():N}", "chatbot", "portal", _clock.GetUtcNow(),
            SessionIdentifiers.NewSessionId(), null, _ct)).RefreshToken;

    private static async Task AssertError(string error, Func<Task> act) =>
        Assert.Equal(error, (await Assert.ThrowsAsync<OAuthErrorException>(act)).Error);
}
