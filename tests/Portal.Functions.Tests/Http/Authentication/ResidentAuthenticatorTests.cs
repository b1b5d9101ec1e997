using Functions.Http.Tests;
using Microsoft.Extensions.Options;
using Portal.Domain.Accounts;
using Portal.Domain.Identity;
using Portal.Domain.Identity.Sessions;
using Portal.Domain.Identity.Tokens;
using Portal.Domain.Proxies;
using Portal.Domain.Proxies.Acting;
using Portal.Domain.Residents;
using Portal.Functions.Http;
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
        var id = AccountService.NewAccountId();
        var http = await RequestWithTokenAsync(id, "portal");

        var resident = await Authenticator.AuthenticateAsync(http.Request);

        Assert.Equal(id, resident.ActorId);
        Assert.Equal(id, resident.PrincipalId);
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
        OperationName.Set(http, "ListDrafts");
        http.Request.Headers.Authorization = header;

        await Assert.ThrowsAsync<InvalidAccessTokenException>(() => Authenticator.AuthenticateAsync(http.Request));
    }

    [Theory]
    [InlineData("registration", false, true)]
    [InlineData("openid registration", false, true)]
    [InlineData("portal", true, true)]
    [InlineData("openid", false, false)]
    [InlineData("", false, false)]
    public async Task PortalEndpointsNeedPortalAndRegistrationEndpointsAlsoTakeRegistration(string scope, bool portalEndpoint, bool registrationEndpoint)
    {
        var scopes = scope.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var drafts = await RequestWithTokenAsync(AccountService.NewAccountId(), scopes);
        var registration = await RequestWithTokenAsync(AccountService.NewAccountId(), scopes);
        OperationName.Set(registration, "StartRegistration");

        Assert.Equal(portalEndpoint, await Accepts(() => Authenticator.AuthenticateAsync(drafts.Request)));
        Assert.Equal(registrationEndpoint, await Accepts(() => Authenticator.AuthenticateAsync(registration.Request)));
    }

    [Theory]
    [InlineData("agency-131016")]
    [InlineData("acc-1")]
    public async Task ATokenWhoseSubjectIsNotAnAccountIsRefused(string subject)
    {
        var http = await RequestWithTokenAsync(subject, "portal");

        await Assert.ThrowsAsync<NotAResidentTokenException>(() => Authenticator.AuthenticateAsync(http.Request));
    }

    private static async Task<bool> Accepts(Func<Task<ResidentContext>> authenticate)
    {
        try
        {
            await authenticate();
            return true;
        }
        catch (InsufficientScopeException)
        {
            return false;
        }
    }

    [Fact]
    public async Task ATokenWhoseLoginHasEndedIsRefusedAsUnauthorizedBeforeItsScopesAreLookedAt()
    {
        var http = await RequestWithTokenAsync(AccountService.NewAccountId(), "openid");
        var authenticator = new ResidentAuthenticator(_tokens, AccessCheck(new FixedState("session ended")), NoDelegations, PortalServices.Callers);

        var refused = await Assert.ThrowsAsync<InvalidAccessTokenException>(() => authenticator.AuthenticateAsync(http.Request));

        Assert.Equal("session ended", refused.Reason);
    }

    [Fact]
    public async Task TheResolvedResidentCarriesTheLoginOfTheToken()
    {
        var http = await RequestWithTokenAsync(AccountService.NewAccountId(), "portal");

        var resident = await Authenticator.AuthenticateAsync(http.Request);

        Assert.Equal(SessionId, resident.SessionId);
    }

    [Fact]
    public async Task AnOperationThatDeclaresNoResidentsRefusesToAuthenticateOne()
    {
        var http = await RequestWithTokenAsync(AccountService.NewAccountId(), "portal");
        OperationName.Set(http, "ListAgencyApplications");

        await Assert.ThrowsAsync<UndeclaredCallerException>(() => Authenticator.AuthenticateAsync(http.Request));
    }

    private const string SessionId = "ses-AbCdEfGhIjKlMnOpQrStUv";

    /// <summary>With the callers the portal's features declare, and every login still active.</summary>
    private ResidentAuthenticator Authenticator => new(_tokens, AccessCheck(new FixedState(null)), NoDelegations, PortalServices.Callers);

    /// <summary>Never read here: these tokens are the residents' own (delegated tokens are tested over HTTP, Proxies/Acting).</summary>
    private static DelegationAccessCheck NoDelegations =>
        new(new Delegations(null!), Options.Create(new SessionOptions()), TimeProvider.System);

    private static ResidentAccessCheck AccessCheck(IAccessStateCheck check) =>
        new([check], Options.Create(new SessionOptions()), TimeProvider.System);

    /// <summary>A login state that does not change: these tests are about the token; the stored check has its own tests.</summary>
    private sealed class FixedState(string? refusal) : IAccessStateCheck
    {
        public Task<string?> RefusalAsync(AccessTokenClaims claims, CancellationToken cancellationToken) => Task.FromResult(refusal);
    }

    /// <summary>A call of ListDrafts (a resident operation needing portal) unless the test names another.</summary>
    private async Task<Microsoft.AspNetCore.Http.HttpContext> RequestWithTokenAsync(string subject, params string[] scopes)
    {
        var token = await _tokens.IssueAsync(new AccessTokenClaims(subject, "chatbot", scopes, SessionId: SessionId));
        var http = HttpContexts.Request();
        OperationName.Set(http, "ListDrafts");
        http.Request.Headers.Authorization = $"Bearer {token.Token}";
        return http;
    }

    public void Dispose() => Directory.Delete(_keys, recursive: true);
}
