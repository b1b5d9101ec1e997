using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Portal.Contracts.Histories;
using Portal.Domain.OperationHistory;
using Portal.Domain.Proxies;
using Portal.Domain.Residents;
using Portal.Functions.Tests.Accounts;
using Portal.Functions.Tests.Proxies.Acting;
using Portal.Testing.Procedures;

namespace Portal.Functions.Tests.OperationHistory;

/// <summary>
/// 操作履歴 names who did each act: the principal sees their proxy's act with the proxy's name, the proxy sees it in
/// their own history as done for the principal; both chains still verify. A proxy reading the principal's history never
/// learns who else is a proxy or which sites are linked.
/// </summary>
public sealed class ProxyOperationHistoryHttpTests(ActingFixture fixture) : IClassFixture<ActingFixture>
{
    private AccountsApi Api => fixture.Api;

    [Fact]
    public async Task A_proxys_act_is_in_both_histories_naming_the_other_person_and_both_exports_verify()
    {
        var principal = await fixture.ResidentAsync();
        var proxy = await fixture.ResidentAsync();
        var delegation = await fixture.DelegationAsync(principal, proxy, [DelegatedServices.Applications]);
        var token = await fixture.ActAsync(proxy, delegation.Id);
        var principalsOwn = await fixture.OwnTokenAsync(principal);
        var proxysOwn = await fixture.OwnTokenAsync(proxy);

        var draft = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Post, "/api/me/drafts", token,
            new { procedureId = SmallCatalog.ChildAllowance, localGovernmentCode = SmallCatalog.Chiyoda }), 201);

        var id = draft.GetProperty("id").GetString()!;
        var inPrincipals = await LineAsync(principalsOwn, id);
        var inProxys = await LineAsync(proxysOwn, id);
        Assert.Equal(("proxy", "代理 一郎", delegation.Id, proxy), Actor(inPrincipals));
        Assert.Equal(("onBehalfOf", "委任 花子", delegation.Id, proxy), Actor(inProxys));
        Assert.Equal("draft.create", inProxys.GetProperty("operation").GetString());
        var keys = JsonNode.Parse((await AccountsApi.ExpectAsync(await Api.Client.GetAsync("/api/history/keys"), 200)).GetRawText())!.AsObject();
        foreach (var (owner, own) in new[] { (principal, principalsOwn), (proxy, proxysOwn) })
        {
            var export = (await (await Api.SendAsync(HttpMethod.Get, "/api/me/operations/export", own)).Content
                .ReadFromJsonAsync<HistoryExport>(JsonSerializerOptions.Web))!;
            var verified = HistoryVerifier.Verify(export, keys);
            Assert.True(verified.IsValid, $"{verified.Problem} at {verified.Sequence}");
            Assert.Equal(owner, verified.Head!.Resident);
            Assert.Contains(export.Entries, e => e["target"]?.GetValue<string>() == id);
        }
    }

    [Fact]
    public async Task A_proxy_reading_the_principals_history_never_sees_proxy_or_linked_site_lines_nor_another_proxys_acts()
    {
        var principal = await fixture.ResidentAsync();
        var proxy = await fixture.ResidentAsync();
        var other = await fixture.ResidentAsync();
        var delegation = await fixture.DelegationAsync(principal, proxy, [DelegatedServices.History]);
        var others = await fixture.DelegationAsync(principal, other, [DelegatedServices.Applications]);
        var history = fixture.Service<OperationHistoryStore>();
        var self = ResidentContext.Self(principal, ActingFixture.ClientId);
        await history.AppendAsync(self, "proxy.revoke", others.Id, OperationOutcome.Succeeded, CancellationToken.None);
        await history.AppendAsync(self, "site.link", "a-site", OperationOutcome.Succeeded, CancellationToken.None);
        await history.AppendAsync(self, "account.settings.update", null, OperationOutcome.Succeeded, CancellationToken.None);
        await history.AppendAsync(new ResidentContext(other, principal, ActingFixture.ClientId) { DelegationId = others.Id },
            "draft.create", "others-draft", OperationOutcome.Succeeded, CancellationToken.None);
        var token = await fixture.ActAsync(proxy, delegation.Id);

        var asProxy = await OperationsAsync(token);
        var asPrincipal = (await OperationsAsync(await fixture.OwnTokenAsync(principal))).Where(Arranged).ToList();

        Assert.Equal(["account.settings.update"], asProxy.Where(Arranged).Select(e => e.GetProperty("operation").GetString()));
        Assert.DoesNotContain(asProxy, e => e.GetRawText().Contains(other, StringComparison.Ordinal) || e.GetRawText().Contains(others.Id, StringComparison.Ordinal));
        Assert.Equal(["draft.create", "account.settings.update", "site.link", "proxy.revoke"],
            asPrincipal.Select(e => e.GetProperty("operation").GetString()));
        Assert.Equal(("proxy", "代理 一郎"), (asPrincipal[0].GetProperty("actor").GetProperty("kind").GetString(),
            asPrincipal[0].GetProperty("actor").GetProperty("name").GetString()));
    }

    [Fact]
    public async Task A_proxy_with_the_history_service_is_refused_the_principals_whole_chain_export()
    {
        var principal = await fixture.ResidentAsync();
        var proxy = await fixture.ResidentAsync();
        var delegation = await fixture.DelegationAsync(principal, proxy, [DelegatedServices.History]);
        var token = await fixture.ActAsync(proxy, delegation.Id);

        var response = await Api.SendAsync(HttpMethod.Get, "/api/me/operations/export", token);

        Assert.Equal(403, (int)response.StatusCode);
        Assert.Equal("not-delegated", await AccountsApi.ProblemTypeAsync(response));
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Get, "/api/me/operations", token), 200);
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Get, "/api/me/operations/export", await fixture.OwnTokenAsync(principal)), 200);
    }

    /// <summary>The lines the test wrote (registering the residents wrote others before them).</summary>
    private static bool Arranged(JsonElement line) =>
        line.GetProperty("operation").GetString() is "proxy.revoke" or "site.link" or "account.settings.update" or "draft.create";

    private async Task<List<JsonElement>> OperationsAsync(string token) =>
        [.. (await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, "/api/me/operations", token), 200))
            .GetProperty("items").EnumerateArray()];

    private async Task<JsonElement> LineAsync(string token, string target) =>
        Assert.Single(await OperationsAsync(token), e => e.TryGetProperty("target", out var t) && t.GetString() == target);

    private static (string?, string?, string?, string?) Actor(JsonElement line)
    {
        var actor = line.GetProperty("actor");
        return (actor.GetProperty("kind").GetString(), actor.GetProperty("name").GetString(),
            actor.GetProperty("delegationId").GetString(), line.GetProperty("actorId").GetString());
    }
}
