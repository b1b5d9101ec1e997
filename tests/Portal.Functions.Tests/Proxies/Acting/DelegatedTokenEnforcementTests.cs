using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Portal.Domain.Accounts;
using Portal.Domain.Identity;
using Portal.Domain.Identity.Tokens;
using Portal.Domain.OperationHistory;
using Portal.Domain.Proxies;
using Portal.Functions.Http.Authentication;
using Portal.Functions.Tests.Accounts;
using Portal.Functions.Tests.Http;
using Portal.Functions.Tests.Information;
using Portal.Testing.Procedures;

namespace Portal.Functions.Tests.Proxies.Acting;

/// <summary>
/// What a proxy's delegated token reaches, on every request: only the services and わたしの情報 categories the principal
/// chose, only while the delegation is in effect (a revoked one stops within the check's 30 s), never the operations
/// that are the principal's alone. The principal's own token is untouched by it all.
/// </summary>
public sealed class DelegatedTokenEnforcementTests(ActingFixture fixture) : IClassFixture<ActingFixture>
{
    private AccountsApi Api => fixture.Api;

    public static TheoryData<string, string> OtherServices => new()
    {
        { "/api/me/information", "わたしの情報" },
        { "/api/me/exchanges", "やりとり履歴" },
        { "/api/me/notices", "お知らせ" },
        { "/api/me/notices/unread-count", "お知らせ" },
        { "/api/me/operations", "操作履歴" },
        { "/api/me/operations/export", "操作履歴" },
    };

    [Theory]
    [MemberData(nameof(OtherServices))]
    public async Task AProxyWithApplicationsOnlyIsRefusedEveryOtherServiceWithAProblemInJapanese(string path, string service)
    {
        var (_, proxy, delegation) = await DelegatedAsync([DelegatedServices.Applications]);
        var token = await fixture.ActAsync(proxy, delegation.Id);

        var response = await Api.SendAsync(HttpMethod.Get, path, token);

        Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{service}: {(int)response.StatusCode}");
        Assert.Equal("not-delegated", await AccountsApi.ProblemTypeAsync(response));
        Assert.Contains("代理人", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task AProxyWithApplicationsWorksOnThePrincipalsDraftsAndTheEntryInThePrincipalsHistoryNamesTheProxyAndTheDelegation()
    {
        var (principal, proxy, delegation) = await DelegatedAsync([DelegatedServices.Applications, DelegatedServices.History]);
        var principalsOwn = await fixture.OwnTokenAsync(principal);
        var token = await fixture.ActAsync(proxy, delegation.Id);

        var created = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Post, "/api/me/drafts", token,
            new { procedureId = SmallCatalog.ChildAllowance, localGovernmentCode = SmallCatalog.Chiyoda }), 201);

        var id = created.GetProperty("id").GetString()!;
        var principalsDrafts = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, "/api/me/drafts", principalsOwn), 200);
        Assert.Contains(principalsDrafts.GetProperty("items").EnumerateArray(), d => d.GetProperty("id").GetString() == id);
        var proxysOwnDrafts = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, "/api/me/drafts", await fixture.OwnTokenAsync(proxy)), 200);
        Assert.DoesNotContain(proxysOwnDrafts.GetProperty("items").EnumerateArray(), d => d.GetProperty("id").GetString() == id);
        var now = fixture.Clock.GetUtcNow();
        var history = await fixture.Service<OperationHistoryStore>().ListAsync(principal, now.AddHours(-1), now.AddHours(1), 10, null, CancellationToken.None);
        var entry = Assert.Single(history.Items, r => r.Target == id);
        Assert.Equal((principal, proxy, delegation.Id), (entry.PrincipalId, entry.ActorId, entry.DelegationId));
        var listed = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, "/api/me/operations", token), 200);
        Assert.Contains(listed.GetProperty("items").EnumerateArray(), e => e.GetProperty("target").GetString() == id && e.GetProperty("actorId").GetString() == proxy);
    }

    [Fact]
    public async Task AProxyGrantedOneCategorySeesOnlyThatCategoryAndIsRefusedTheOtherWhenAskingForIt()
    {
        var (principal, proxy, delegation) = await DelegatedAsync([DelegatedServices.Information], ["tax-income"]);
        var seeds = new InformationSeeds(Api);
        var residentRef = await seeds.RefAsync(InformationSeeds.Chiyoda, principal);
        var chiyoda = await seeds.AgencyAsync(InformationSeeds.Chiyoda, "千代田区");
        AccountsApi.Expect(await seeds.PutAsync(chiyoda, residentRef, "tax-income", "tax-2025", InformationSeeds.Tax(2025, 3_000_000)), 201);
        AccountsApi.Expect(await seeds.PutAsync(chiyoda, residentRef, "child-allowance", "ca-1", new
        {
            validFrom = "2024-04-01", validTo = (string?)null,
            data = new { status = "支給中", monthlyAmount = 10_000, eligibleChildren = 1, certifiedOn = "2024-04-01" },
        }), 201);
        var token = await fixture.ActAsync(proxy, delegation.Id);

        var asProxy = await seeds.MineAsync(token, "asOf=2025-07-01");
        var asPrincipal = await seeds.MineAsync(await fixture.OwnTokenAsync(principal), "asOf=2025-07-01");
        var other = await Api.SendAsync(HttpMethod.Get, "/api/me/information?category=child-allowance&asOf=2025-07-01", token);

        Assert.Equal(["tax-income"], InformationSeeds.Records(asProxy).Select(r => r.Category).Distinct());
        Assert.Equal(["child-allowance", "tax-income"], InformationSeeds.Records(asPrincipal).Select(r => r.Category).Distinct().Order());
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal("not-delegated", await AccountsApi.ProblemTypeAsync(other));
    }

    /// <summary>
    /// Every operation that declares no delegated service refuses a delegated token carrying every service — GET
    /// /api/me, settings, e-mail, sessions, linked sites, the principals' delegation tokens, deleting the account —
    /// before it reads or changes anything; userinfo does not answer for it either.
    /// </summary>
    [Fact]
    public async Task EveryNeverDelegableOperationRefusesADelegatedTokenAndTheAccountIsUntouched()
    {
        var (principal, proxy, delegation) = await DelegatedAsync(DelegatedServices.All, ["tax-income"]);
        var token = await fixture.ActAsync(proxy, delegation.Id);
        var refused = new List<string>();
        var answered = new List<string>();
        foreach (var (name, method, route) in HttpOperations.Calls())
        {
            var rules = PortalServices.Callers.Value.All[name];
            if (rules.FirstOrDefault(r => r.Kind == CallerKind.Resident) is not { } resident || resident.Scopes.Any(DelegatedServices.IsKnown))
            {
                continue;
            }
            var path = HttpOperations.Fill(route, parameter => Uri.EscapeDataString(PortalServices.RouteValues.Value.All[name][parameter].Example));
            using var request = new HttpRequestMessage(new HttpMethod(method), "/api/" + path)
            {
                Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json"),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var response = await Api.Client.SendAsync(request);
            var line = $"{method} /api/{path} ({name}) → {(int)response.StatusCode}";
            // Userinfo answers as OpenID Connect says (401, invalid_token); every other operation 403 not-delegated.
            var expected = name == "GetUserInfo"
                ? response.StatusCode == HttpStatusCode.Unauthorized
                : response.StatusCode == HttpStatusCode.Forbidden && await AccountsApi.ProblemTypeAsync(response) == "not-delegated";
            (expected ? refused : answered).Add(line);
        }

        Assert.True(answered.Count == 0, string.Join(Environment.NewLine, answered));
        Assert.Contains(refused, r => r.Contains("(GetMe)", StringComparison.Ordinal));
        Assert.Contains(refused, r => r.Contains("(DeleteMe)", StringComparison.Ordinal));
        Assert.Contains(refused, r => r.Contains("(UpdateSettings)", StringComparison.Ordinal));
        Assert.Contains(refused, r => r.Contains("(ListSessions)", StringComparison.Ordinal));
        Assert.Contains(refused, r => r.Contains("(ListLinkedSites)", StringComparison.Ordinal));
        Assert.Contains(refused, r => r.Contains("(IssueDelegationToken)", StringComparison.Ordinal));
        Assert.Equal(AccountStates.Registered, (await fixture.Service<AccountRepository>().FindAsync(principal, CancellationToken.None))!.Document.State);
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Get, "/api/me", await fixture.OwnTokenAsync(principal)), 200);
    }

    public static TheoryData<string, string> ForgedScopes => new()
    {
        // The principal's own operations: never for a proxy, whatever the token says.
        { "GET", "/api/me" },
        { "GET", "/api/me/sessions" },
        { "DELETE", "/api/me" },
        // A delegable operation: portal does not stand in for the service the delegation did not name.
        { "GET", "/api/me/information" },
    };

    /// <summary>A token with <c>act</c> that somehow carries <c>portal</c> (signed with the portal's own key) still reaches only its services.</summary>
    [Theory]
    [MemberData(nameof(ForgedScopes))]
    public async Task ADelegatedTokenCarryingPortalIsStillRefusedWhatWasNotDelegated(string method, string path)
    {
        var (principal, proxy, delegation) = await DelegatedAsync([DelegatedServices.Applications]);
        var own = new JsonWebToken(await fixture.OwnTokenAsync(proxy));
        var forged = (await fixture.Service<AccessTokenService>().IssueAsync(
            new AccessTokenClaims(principal, ActingFixture.ClientId,
                [PortalScopes.Portal, DelegatedServices.Applications, DelegatedServices.Information],
                SessionId: own.GetClaim("sid").Value, Actor: proxy, DelegationId: delegation.Id))).Token;
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Get, "/api/me/drafts", forged), 200);

        var response = await Api.SendAsync(new HttpMethod(method), path, forged);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("not-delegated", await AccountsApi.ProblemTypeAsync(response));
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Get, "/api/me", await fixture.OwnTokenAsync(principal)), 200);
    }

    [Fact]
    public async Task ARevokedDelegationStopsWorkingWithinTheThirtySecondsOfTheCheck()
    {
        var (_, proxy, delegation) = await DelegatedAsync([DelegatedServices.Applications]);
        var token = await fixture.ActAsync(proxy, delegation.Id);
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Get, "/api/me/drafts", token), 200);

        await fixture.SetStateAsync(delegation.Id, DelegationStates.Revoked);
        fixture.Clock.Advance(TimeSpan.FromSeconds(31));
        var response = await Api.SendAsync(HttpMethod.Get, "/api/me/drafts", token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("delegation-ended", await AccountsApi.ProblemTypeAsync(response));
        Assert.Contains("代理の権限が取り消されたか、期間が終わっています", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ADelegatedTokenStopsWhenTheDelegationsPeriodEnds()
    {
        var until = fixture.Clock.GetUtcNow().AddMinutes(3);
        var (_, proxy, delegation) = await DelegatedAsync([DelegatedServices.Applications], until: until);
        var token = await fixture.ActAsync(proxy, delegation.Id);
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Get, "/api/me/drafts", token), 200);

        fixture.Clock.Advance(TimeSpan.FromMinutes(3) + TimeSpan.FromSeconds(1));
        var response = await Api.SendAsync(HttpMethod.Get, "/api/me/drafts", token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task TheProxysLogoutEndsWhatTheyDoForThePrincipalToo()
    {
        var (_, proxy, delegation) = await DelegatedAsync([DelegatedServices.Applications]);
        var own = await fixture.OwnTokenAsync(proxy);
        var subject = await fixture.SubjectTokenAsync(own, delegation.Id);
        var token = (await AccountsApi.ExpectAsync(await fixture.ExchangeAsync(subject, own), 200)).GetProperty("access_token").GetString()!;
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Get, "/api/me/drafts", token), 200);

        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Delete, "/api/me/sessions", own), 200);
        fixture.Clock.Advance(TimeSpan.FromSeconds(31));

        Assert.Equal(HttpStatusCode.Unauthorized, (await Api.SendAsync(HttpMethod.Get, "/api/me/drafts", token)).StatusCode);
    }

    public static TheoryData<string> PrincipalsOwn => new()
    {
        "/api/me", "/api/me/drafts", "/api/me/information", "/api/me/exchanges", "/api/me/notices", "/api/me/operations",
        "/api/me/sessions", "/api/me/linked-sites", "/api/me/notification-preferences",
    };

    [Theory]
    [MemberData(nameof(PrincipalsOwn))]
    public async Task ThePrincipalsOwnTokenStillWorksEverywhereWhileAProxyActsAndAfterTheDelegationIsRevoked(string path)
    {
        var (principal, proxy, delegation) = await DelegatedAsync([DelegatedServices.Applications]);
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Get, "/api/me/drafts", await fixture.ActAsync(proxy, delegation.Id)), 200);
        var own = await fixture.OwnTokenAsync(principal);

        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Get, path, own), 200);
        await fixture.SetStateAsync(delegation.Id, DelegationStates.Revoked);
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Get, path, own), 200);
    }

    private async Task<(string Principal, string Proxy, Delegation Delegation)> DelegatedAsync(
        IReadOnlyList<string> services, IReadOnlyList<string>? categories = null, DateTimeOffset? until = null)
    {
        var principal = await fixture.ResidentAsync();
        var proxy = await fixture.ResidentAsync();
        return (principal, proxy, await fixture.DelegationAsync(principal, proxy, services, categories, until: until));
    }
}
