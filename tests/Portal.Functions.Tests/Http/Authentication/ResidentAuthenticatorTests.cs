using Microsoft.Extensions.Options;
using Portal.Domain.Identity.Tokens;
using Portal.Functions.Http.Authentication;
using Portal.Functions.Tests.Http;

namespace Portal.Functions.Tests.Http.Authentication;

public sealed class ResidentAuthenticatorTests : IDisposable
{
    private readonly string _keys = Directory.CreateTempSubdirectory("resident-auth-").FullName;
    private readonly AccessTokenService _tokens;

    public ResidentAuthenticatorTests() =>
        _tokens = new AccessTokenService(new TokenSigningKeyStore(new LocalTokenSigningKeySource(_keys, TimeProvider.System)),
            Options.Create(new TokenOptions()), TimeProvider.System);

    [Fact]
    public async Task AValidBearerTokenResolvesTheResidentAsBothActorAndPrincipal()
    {
        var token = await _tokens.IssueAsync(new AccessTokenClaims("acc-1", "chatbot", ["portal"]));
        var http = HttpContexts.Request();
        http.Request.Headers.Authorization = $"Bearer {token.Token}";

        var resident = await new ResidentAuthenticator(_tokens).AuthenticateAsync(http.Request);

        Assert.Equal("acc-1", resident.ActorId);
        Assert.Equal("acc-1", resident.PrincipalId);
        Assert.Equal("chatbot", resident.ClientId);
        Assert.False(resident.IsProxy);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer ")]
    [InlineData("Bearer not-a-jwt")]
    public async Task AMissingOrBadAuthorizationHeaderIsRefused(string header)
    {
        var http = HttpContexts.Request();
        http.Request.Headers.Authorization = header;

        await Assert.ThrowsAsync<InvalidAccessTokenException>(() => new ResidentAuthenticator(_tokens).AuthenticateAsync(http.Request));
    }

    public void Dispose() => Directory.Delete(_keys, recursive: true);
}
