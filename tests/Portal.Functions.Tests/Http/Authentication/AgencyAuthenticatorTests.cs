using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Portal.Domain.Identity;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Identity.Tokens;
using Portal.Functions.Http.Authentication;
using Portal.Functions.Http.Problems;
using Portal.Functions.Tests.Http;

namespace Portal.Functions.Tests.Http.Authentication;

public sealed class AgencyAuthenticatorTests : IDisposable
{
    private static readonly AgencyBinding Chiyoda = new("131016", null);

    private readonly string _keys = Directory.CreateTempSubdirectory("agency-auth-").FullName;
    private readonly AccessTokenService _tokens;

    public AgencyAuthenticatorTests() =>
        _tokens = new AccessTokenService(new TokenSigningKeyStore(new LocalTokenSigningKeySource(_keys, TimeProvider.System)),
            Options.Create(new TokenOptions()), TimeProvider.System);

    [Fact]
    public async Task AnAgencyTokenResolvesTheAgencyItsBindingAndScopes()
    {
        var http = await RequestWithAsync(new AccessTokenClaims("chiyoda", "chiyoda", ["agency.procedures"], Chiyoda));

        var agency = await new AgencyAuthenticator(_tokens).AuthenticateAsync(http.Request, "agency.procedures");

        Assert.Equal("chiyoda", agency.ClientId);
        Assert.Equal(Chiyoda, agency.Binding);
        Assert.Equal(["agency.procedures"], agency.Scopes);
    }

    [Fact]
    public async Task AResidentTokenIsRefusedAsNotAnAgencys()
    {
        var http = await RequestWithAsync(new AccessTokenClaims("acc-1", "chatbot", ["portal"]));

        await Assert.ThrowsAsync<InvalidAccessTokenException>(() => new AgencyAuthenticator(_tokens).AuthenticateAsync(http.Request));
    }

    [Fact]
    public async Task WithoutTheRequiredScopeItIsA403ProblemNamingTheScope()
    {
        var http = await RequestWithAsync(new AccessTokenClaims("chiyoda", "chiyoda", ["agency.procedures"], Chiyoda));

        var refused = await Assert.ThrowsAsync<InsufficientScopeException>(
            () => new AgencyAuthenticator(_tokens).AuthenticateAsync(http.Request, "agency.applications"));
        var problem = new ProblemMapper().FromException(refused, http);

        Assert.Equal(StatusCodes.Status403Forbidden, problem.StatusCode);
        Assert.Equal("Bearer error=\"insufficient_scope\", scope=\"agency.applications\"", http.Response.Headers.WWWAuthenticate.ToString());
    }

    private async Task<HttpContext> RequestWithAsync(AccessTokenClaims claims)
    {
        var http = HttpContexts.Request();
        http.Request.Headers.Authorization = $"Bearer {(await _tokens.IssueAsync(claims)).Token}";
        return http;
    }

    public void Dispose() => Directory.Delete(_keys, recursive: true);
}
