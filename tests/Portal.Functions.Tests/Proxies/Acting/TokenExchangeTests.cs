using System.Net;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Portal.Domain.Proxies;
using Portal.Domain.Proxies.Acting;
using Portal.Functions.Tests.Accounts;

namespace Portal.Functions.Tests.Proxies.Acting;

/// <summary>
/// A proxy gets a token acting for the principal by RFC 8693 token exchange: the delegation token (their own, for a
/// delegation in effect) and their own access token of the same client. Everything else is refused with the RFC's
/// errors, never saying whether a delegation exists for someone else.
/// </summary>
public sealed class TokenExchangeTests(ActingFixture fixture) : IClassFixture<ActingFixture>
{
    [Fact]
    public async Task AProxyGetsATokenForThePrincipalNamingThemselfAsActorWithTheDelegationsServicesAndNoRefreshToken()
    {
        var principal = await fixture.ResidentAsync();
        var proxy = await fixture.ResidentAsync();
        var until = fixture.Clock.GetUtcNow().AddMinutes(5);
        var delegation = await fixture.DelegationAsync(principal, proxy,
            [DelegatedServices.Applications, DelegatedServices.Notices], until: until);
        var own = await fixture.OwnTokenAsync(proxy);

        var asked = await AccountsApi.ExpectAsync(await fixture.AskDelegationTokenAsync(own, delegation.Id), 200);
        var response = await fixture.ExchangeAsync(asked.GetProperty("subject_token").GetString(), own);

        Assert.Equal(DelegationTokenTypes.Delegation, asked.GetProperty("subject_token_type").GetString());
        Assert.True(asked.GetProperty("expires_at").GetDateTimeOffset() <= until);
        var body = await AccountsApi.ExpectAsync(response, 200);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal(DelegationTokenTypes.AccessToken, body.GetProperty("issued_token_type").GetString());
        Assert.Equal("Bearer", body.GetProperty("token_type").GetString());
        Assert.Equal("applications notices", body.GetProperty("scope").GetString());
        Assert.False(body.TryGetProperty("refresh_token", out _));
        Assert.InRange(body.GetProperty("expires_in").GetInt32(), 1, 300);
        var token = new JsonWebToken(body.GetProperty("access_token").GetString());
        Assert.Equal(principal, token.Subject);
        Assert.Equal(proxy, JsonDocument.Parse(token.GetClaim("act").Value).RootElement.GetProperty("sub").GetString());
        Assert.Equal(delegation.Id, token.GetClaim("dlg").Value);
        Assert.Equal(new JsonWebToken(own).GetClaim("sid").Value, token.GetClaim("sid").Value);
        Assert.Equal(ActingFixture.ClientId, token.GetClaim("client_id").Value);
        Assert.True(token.ValidTo <= until.UtcDateTime);
    }

    [Fact]
    public async Task AScopeNamingFewerOfTheDelegationsServicesNarrowsTheToken()
    {
        var principal = await fixture.ResidentAsync();
        var proxy = await fixture.ResidentAsync();
        var delegation = await fixture.DelegationAsync(principal, proxy, [DelegatedServices.Applications, DelegatedServices.Notices]);
        var own = await fixture.OwnTokenAsync(proxy);

        var body = await AccountsApi.ExpectAsync(await fixture.ExchangeAsync(await fixture.SubjectTokenAsync(own, delegation.Id), own,
            more: new Dictionary<string, string> { ["scope"] = "notices" }), 200);

        Assert.Equal("notices", body.GetProperty("scope").GetString());
    }

    public static TheoryData<string> Strangers => new() { "stranger", "principal", "pending", "revoked", "not begun" };

    /// <summary>Only the proxy of a delegation in effect gets its token; everyone else the same 404.</summary>
    [Theory]
    [MemberData(nameof(Strangers))]
    public async Task OnlyTheProxyOfADelegationInEffectGetsItsDelegationToken(string who)
    {
        var principal = await fixture.ResidentAsync();
        var proxy = await fixture.ResidentAsync();
        var now = fixture.Clock.GetUtcNow();
        var delegation = await fixture.DelegationAsync(principal, proxy, [DelegatedServices.Applications],
            state: who switch { "pending" => DelegationStates.Pending, "revoked" => DelegationStates.Revoked, _ => DelegationStates.Active },
            from: who == "not begun" ? now.AddDays(1) : null);
        var caller = who switch { "stranger" => await fixture.ResidentAsync(), "principal" => principal, _ => proxy };

        var response = await fixture.AskDelegationTokenAsync(await fixture.OwnTokenAsync(caller), delegation.Id);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("acting-delegation-not-found", await AccountsApi.ProblemTypeAsync(response));
    }

    public static TheoryData<string, string> Refusals => new()
    {
        { "garbage subject token", "invalid_grant" },
        { "an access token as subject token", "invalid_grant" },
        { "another subject token type", "invalid_request" },
        { "no actor token", "invalid_request" },
        { "subject token of another proxy", "invalid_grant" },
        { "actor token of another account", "invalid_grant" },
        { "actor token of another client", "invalid_grant" },
        { "a delegated token as actor token", "invalid_grant" },
        { "scope beyond the delegation", "invalid_scope" },
        { "another requested token type", "invalid_request" },
        { "revoked after the subject token was issued", "invalid_grant" },
        { "resigned after the subject token was issued", "invalid_grant" },
        { "pending", "invalid_grant" },
        { "period not begun", "invalid_grant" },
        { "period over", "invalid_grant" },
        { "client not registered for the grant", "unauthorized_client" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task AnExchangeIsRefusedWithTheRfcsError(string @case, string error)
    {
        var principal = await fixture.ResidentAsync();
        var proxy = await fixture.ResidentAsync();
        var now = fixture.Clock.GetUtcNow();
        var delegation = await fixture.DelegationAsync(principal, proxy, [DelegatedServices.Applications],
            state: @case == "pending" ? DelegationStates.Pending : DelegationStates.Active,
            from: @case == "period not begun" ? now.AddHours(1) : null,
            until: @case == "period over" ? now.AddMinutes(1) : null);
        var own = await fixture.OwnTokenAsync(proxy);
        // The endpoint gives no token for a delegation not in effect: such a token is made as it was (or would have been) given.
        var subject = @case is "pending" or "period not begun"
            ? (await fixture.Service<DelegationTokens>().IssueAsync(delegation)).Token
            : await fixture.SubjectTokenAsync(own, delegation.Id);
        var actor = own;
        var clientId = ActingFixture.ClientId;
        Dictionary<string, string>? more = null;
        switch (@case)
        {
            case "garbage subject token":
                subject = "eyJhbGciOiJub25lIn0.e30.";
                break;
            case "an access token as subject token":
                subject = own;
                break;
            case "another subject token type":
                more = new() { ["subject_token_type"] = DelegationTokenTypes.AccessToken };
                break;
            case "no actor token":
                actor = null;
                break;
            case "subject token of another proxy":
                var otherProxy = await fixture.ResidentAsync();
                var other = await fixture.DelegationAsync(principal, otherProxy, [DelegatedServices.Applications]);
                subject = await fixture.SubjectTokenAsync(await fixture.OwnTokenAsync(otherProxy), other.Id);
                break;
            case "actor token of another account":
                actor = await fixture.OwnTokenAsync(principal);
                break;
            case "actor token of another client":
                actor = await fixture.OwnTokenAsync(proxy, ActingFixture.OtherClientId);
                break;
            case "a delegated token as actor token":
                // The proxy is also someone's principal: their proxy acts for them, then tries to chain on to our principal.
                var chained = await fixture.ResidentAsync();
                var theirs = await fixture.DelegationAsync(proxy, chained, [DelegatedServices.Applications]);
                actor = await fixture.ActAsync(chained, theirs.Id);
                break;
            case "scope beyond the delegation":
                more = new() { ["scope"] = "applications information" };
                break;
            case "another requested token type":
                more = new() { ["requested_token_type"] = "urn:ietf:params:oauth:token-type:refresh_token" };
                break;
            case "revoked after the subject token was issued":
                await fixture.SetStateAsync(delegation.Id, DelegationStates.Revoked);
                break;
            case "resigned after the subject token was issued":
                await fixture.SetStateAsync(delegation.Id, DelegationStates.Resigned);
                break;
            case "period over":
                fixture.Clock.Advance(TimeSpan.FromMinutes(2));
                break;
            case "client not registered for the grant":
                clientId = ActingFixture.OtherClientId;
                actor = await fixture.OwnTokenAsync(proxy, ActingFixture.OtherClientId);
                break;
        }

        var response = await fixture.ExchangeAsync(subject, actor, clientId, more);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(error, await ActingFixture.ErrorAsync(response));
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task TheSameRefusalAnswersADelegationOfSomeoneElseAndOneThatDoesNotExist()
    {
        var proxy = await fixture.ResidentAsync();
        var own = await fixture.OwnTokenAsync(proxy);
        var theirs = await fixture.DelegationAsync(await fixture.ResidentAsync(), await fixture.ResidentAsync(), [DelegatedServices.Applications]);
        var tokens = fixture.Service<DelegationTokens>();
        // Tokens as if issued to this proxy (the signature is the portal's): one for another's delegation, one for none.
        var forged = await tokens.IssueAsync(theirs with { ProxyId = proxy });
        var nothing = await tokens.IssueAsync(theirs with { Id = "AAAAAAAAAAAAAAAAAAAAAA", ProxyId = proxy });

        var someoneElses = await fixture.ExchangeAsync(forged.Token, own);
        var none = await fixture.ExchangeAsync(nothing.Token, own);

        Assert.Equal(await someoneElses.Content.ReadAsStringAsync(), await none.Content.ReadAsStringAsync());
    }
}
