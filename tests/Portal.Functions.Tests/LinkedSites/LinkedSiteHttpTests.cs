using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.ExternalSites.Links;
using Portal.Domain.ExternalSites.Pairwise;
using Portal.Functions.Tests.Accounts;

namespace Portal.Functions.Tests.LinkedSites;

/// <summary>
/// 連携中のサイト over HTTP: a resident sees the sites they linked with what they consented to, unlinks one (in 操作履歴),
/// and never sees or ends another resident's links; deleting the account ends its links and its pairwise subjects.
/// The links are written as the consent page writes them (<see cref="SiteLinks.LinkAsync"/>).
/// </summary>
public sealed class LinkedSiteHttpTests(AccountsApiFixture fixture) : IClassFixture<AccountsApiFixture>
{
    private AccountsApi Api => fixture.Api;

    private SiteLinks Links => Api.Host.Services.GetRequiredService<SiteLinks>();

    [Fact]
    public async Task A_resident_sees_the_sites_they_linked_newest_first_with_the_scopes_they_consented_to_and_no_one_elses()
    {
        var (me, token, _) = await Api.RegisteredAsync();
        var other = OtherResident();
        await Links.LinkAsync(me, "etax-demo", "e-Tax（デモ）", ["openid", "name", "address"], CancellationToken.None);
        Api.Clock.Advance(TimeSpan.FromMinutes(1));
        await Links.LinkAsync(me, "nenkin-demo", "ねんきんネット（デモ）", ["openid", "information:pension"], CancellationToken.None);
        await Links.LinkAsync(other, "other-site", "他のサイト", ["openid"], CancellationToken.None);

        var list = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, "/api/me/linked-sites", token), 200);

        var items = list.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["nenkin-demo", "etax-demo"], items.Select(i => i.GetProperty("siteId").GetString()));
        Assert.Equal("e-Tax（デモ）", items[1].GetProperty("name").GetString());
        Assert.Equal(["address", "name", "openid"], items[1].GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        Assert.False(items[1].TryGetProperty("lastUsedAt", out var lastUsed) && lastUsed.ValueKind != JsonValueKind.Null);
    }

    [Fact]
    public async Task Consent_to_more_later_adds_to_the_link_and_keeps_when_it_was_first_made()
    {
        var (me, token, _) = await Api.RegisteredAsync();
        var first = await Links.LinkAsync(me, "etax-demo", "e-Tax（デモ）", ["openid", "name"], CancellationToken.None);
        Api.Clock.Advance(TimeSpan.FromMinutes(3));

        await Links.LinkAsync(me, "etax-demo", "e-Tax（デモ）", ["openid", "address"], CancellationToken.None);

        var item = Assert.Single((await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, "/api/me/linked-sites", token), 200))
            .GetProperty("items").EnumerateArray());
        Assert.Equal(["address", "name", "openid"], item.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(first.LinkedAt, item.GetProperty("linkedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Unlinking_removes_the_link_is_recorded_in_operations_and_a_second_unlink_is_not_found()
    {
        var (me, token, _) = await Api.RegisteredAsync();
        await Links.LinkAsync(me, "etax-demo", "e-Tax（デモ）", ["openid"], CancellationToken.None);

        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Delete, "/api/me/linked-sites/etax-demo", token), 204);

        Assert.Null(await Links.FindAsync(me, "etax-demo", CancellationToken.None));
        var again = await Api.SendAsync(HttpMethod.Delete, "/api/me/linked-sites/etax-demo", token);
        Assert.Equal(404, (int)again.StatusCode);
        Assert.Equal("site-link-not-found", await AccountsApi.ProblemTypeAsync(again));
        var operations = await (await Api.SendAsync(HttpMethod.Get, "/api/me/operations", token)).Content.ReadAsStringAsync();
        Assert.Contains("site.unlink", operations, StringComparison.Ordinal);
    }

    public static TheoryData<string> NotMine => ["another resident's site", "a site never linked", "not a site id"];

    [Theory]
    [MemberData(nameof(NotMine))]
    public async Task Unlinking_what_is_not_the_residents_link_is_not_found_and_changes_nothing(string what)
    {
        var (_, token, _) = await Api.RegisteredAsync();
        var other = OtherResident();
        await Links.LinkAsync(other, "theirs-site", "他のサイト", ["openid"], CancellationToken.None);
        var path = what switch
        {
            "another resident's site" => "/api/me/linked-sites/theirs-site",
            "a site never linked" => "/api/me/linked-sites/never-linked",
            _ => "/api/me/linked-sites/" + Uri.EscapeDataString("../me"),
        };

        var response = await Api.SendAsync(HttpMethod.Delete, path, token);

        Assert.Equal(404, (int)response.StatusCode);
        Assert.NotNull(await Links.FindAsync(other, "theirs-site", CancellationToken.None));
    }

    [Fact]
    public async Task A_registration_not_finished_cannot_list_linked_sites()
    {
        var pending = await Api.NewPendingAccountAsync();
        var token = await Api.TokenAsync(pending, "openid", "registration");

        var response = await Api.SendAsync(HttpMethod.Get, "/api/me/linked-sites", token);

        Assert.Equal(403, (int)response.StatusCode);
    }

    [Fact]
    public async Task Deleting_the_account_ends_its_links_and_no_site_subject_resolves_to_it_any_more()
    {
        var (me, token, _) = await Api.RegisteredAsync();
        await Links.LinkAsync(me, "etax-demo", "e-Tax（デモ）", ["openid"], CancellationToken.None);
        var subjects = Api.Host.Services.GetRequiredService<PairwiseSubjectIndex>();
        var sub = await subjects.GiveOutAsync("etax.example", me, CancellationToken.None);
        Assert.Equal(me, await subjects.ResolveAsync("etax.example", sub, CancellationToken.None));

        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Delete, "/api/me", token), 200);

        Assert.Empty(await Links.ListAsync(me, CancellationToken.None));
        Assert.Null(await subjects.ResolveAsync("etax.example", sub, CancellationToken.None));
    }

    /// <summary>Another resident's account id: links are only stored under it (registering costs the per-address limit).</summary>
    private static string OtherResident() => $"acc-other-{Guid.NewGuid():N}";
}
