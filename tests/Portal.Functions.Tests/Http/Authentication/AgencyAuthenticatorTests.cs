using Functions.Http.Tests;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Portal.Domain.Identity;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Identity.Tokens;
using Portal.Functions.Http;
using Portal.Functions.Http.Authentication;
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

        var agency = await Authenticator.AuthenticateAsync(http.Request);

        Assert.Equal("chiyoda", agency.ClientId);
        Assert.Equal(Chiyoda, agency.Binding);
        Assert.Equal(["agency.procedures"], agency.Scopes);
    }

    [Fact]
    public async Task AResidentTokenIsRefusedAsNotAnAgencys()
    {
        var http = await RequestWithAsync(new AccessTokenClaims("acc-1", "chatbot", ["portal"]));

        await Assert.ThrowsAsync<InvalidAccessTokenException>(() => Authenticator.AuthenticateAsync(http.Request));
    }

    [Fact]
    public async Task WithoutTheRequiredScopeItIsA403ProblemNamingTheScope()
    {
        var http = await RequestWithAsync(new AccessTokenClaims("chiyoda", "chiyoda", ["agency.procedures"], Chiyoda), "ListAgencyApplications");

        var refused = await Assert.ThrowsAsync<InsufficientScopeException>(() => Authenticator.AuthenticateAsync(http.Request));
        var problem = PortalServices.Problems.FromException(refused, http);

        Assert.Equal(StatusCodes.Status403Forbidden, problem.StatusCode);
        Assert.Equal("Bearer error=\"insufficient_scope\", scope=\"agency.applications\"", http.Response.Headers.WWWAuthenticate.ToString());
    }

    [Fact]
    public async Task AnOperationThatDeclaresNoAgenciesRefusesToAuthenticateOne()
    {
        var http = await RequestWithAsync(new AccessTokenClaims("chiyoda", "chiyoda", ["agency.procedures"], Chiyoda), "ListDrafts");

        await Assert.ThrowsAsync<UndeclaredCallerException>(() => Authenticator.AuthenticateAsync(http.Request));
    }

    /// <summary>With the callers the portal's features declare; the operation is one that takes agency.procedures.</summary>
    private AgencyAuthenticator Authenticator => new(_tokens, PortalServices.Callers);

    private async Task<HttpContext> RequestWithAsync(AccessTokenClaims claims, string operation = "PutAgencyOffering")
    {
        var http = HttpContexts.Request();
        OperationName.Set(http, operation);
        http.Request.Headers.Authorization = $"Bearer {(await _tokens.IssueAsync(claims)).Token}";
        return http;
    }

    public void Dispose() => Directory.Delete(_keys, recursive: true);
}
