using System.Net.Http.Headers;
using System.Text.Json;

namespace Portal.Functions.Tests.Accounts;

/// <summary>Scopes, アカウント設定, deletion and 操作履歴 over HTTP.</summary>
public sealed class AccountSettingsHttpTests(AccountsApiFixture fixture) : IClassFixture<AccountsApiFixture>
{
    private AccountsApi Api => fixture.Api;

    public static TheoryData<string, string> PortalEndpoints => new()
    {
        { "PATCH", "/api/me/settings" },
        { "POST", "/api/me/email" },
        { "GET", "/api/me/terms" },
        { "GET", "/api/me/certificates" },
        { "POST", "/api/me/certificates" },
        { "GET", "/api/me/operations" },
    };

    [Theory]
    [MemberData(nameof(PortalEndpoints))]
    public async Task APendingAccountsRegistrationTokenIsRefusedOnPortalEndpoints(string method, string path)
    {
        var token = await Api.TokenAsync(await Api.NewPendingAccountAsync(), "registration");

        var response = await Api.SendAsync(new HttpMethod(method), path, token, method is "PATCH" or "POST" ? new { } : null);

        AccountsApi.Expect(response, 403);
        Assert.Equal("insufficient-scope", await AccountsApi.ProblemTypeAsync(response));
        Assert.Contains("insufficient_scope", response.Headers.WwwAuthenticate.ToString());
    }

    [Theory]
    [InlineData("GET", "/api/me")]
    [InlineData("GET", "/api/me/operations")]
    public async Task AnAgencysTokenIsNotAResidentsAndATokenWithoutScopesIsRefused(string method, string path)
    {
        var agency = await Api.TokenAsync("agency-131016", "portal");
        var noScope = await Api.TokenAsync(await Api.NewPendingAccountAsync());

        var asAgency = await Api.SendAsync(new HttpMethod(method), path, agency);
        var withoutScope = await Api.SendAsync(new HttpMethod(method), path, noScope);

        AccountsApi.Expect(asAgency, 403);
        Assert.Equal("forbidden", await AccountsApi.ProblemTypeAsync(asAgency));
        AccountsApi.Expect(withoutScope, 403);
        Assert.Equal("insufficient-scope", await AccountsApi.ProblemTypeAsync(withoutScope));
    }

    [Fact]
    public async Task TheEmailChangesWithTheCodeSentToTheNewAddressAndTheOldOneIsTold()
    {
        var (_, token, oldEmail) = await Api.RegisteredAsync();
        var newEmail = AccountsApi.NewEmail();

        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Post, "/api/me/email", token, new { email = newEmail }), 202);
        var code = await Api.CodeSentToAsync(newEmail);
        var changed = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Post, "/api/me/email/confirm", token, new { code }), 200);
        var notice = await MailsToAsync(oldEmail, 2);

        Assert.Equal(newEmail, changed.GetProperty("email").GetString());
        Assert.Contains(notice, text => text.Contains("メールアドレスが変更されました", StringComparison.Ordinal) && !text.Contains(newEmail, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SettingsChangeWithOrWithoutIfMatchAndAStaleOneIsA412()
    {
        var (_, token, _) = await Api.RegisteredAsync();
        var me = await Api.SendAsync(HttpMethod.Get, "/api/me", token);
        var etag = me.Headers.ETag!.Tag;

        var off = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Patch, "/api/me/settings", token,
            new { notificationsEnabled = false }, r => r.Headers.IfMatch.Add(new EntityTagHeaderValue(etag))), 200);
        var stale = await Api.SendAsync(HttpMethod.Patch, "/api/me/settings", token,
            new { notificationsEnabled = true }, r => r.Headers.IfMatch.Add(new EntityTagHeaderValue(etag)));
        var on = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Patch, "/api/me/settings", token, new { notificationsEnabled = true }), 200);

        Assert.False(off.GetProperty("notificationsEnabled").GetBoolean());
        AccountsApi.Expect(stale, 412);
        Assert.True(on.GetProperty("notificationsEnabled").GetBoolean());
    }

    [Fact]
    public async Task TheAcceptedTermsAreReadableAndOnlyTheCurrentVersionCanBeAccepted()
    {
        var (_, token, _) = await Api.RegisteredAsync();

        var terms = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, "/api/me/terms", token), 200);
        var old = await Api.SendAsync(HttpMethod.Post, "/api/me/terms", token, new { version = "2019-01-01" });
        var accepted = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Post, "/api/me/terms", token, new { version = AccountsApi.TermsVersion }), 200);

        Assert.Equal(AccountsApi.TermsVersion, terms.GetProperty("acceptedVersion").GetString());
        Assert.False(terms.GetProperty("newerVersionAvailable").GetBoolean());
        Assert.Equal("invalid-input", await AccountsApi.ProblemTypeAsync(old));
        Assert.Equal(AccountsApi.TermsVersion, accepted.GetProperty("acceptedTerms").GetProperty("version").GetString());
    }

    [Fact]
    public async Task AfterDeletionTheTokenIsRefusedAndTheCardStartsAfresh()
    {
        var serial = Convert.ToHexString(Guid.NewGuid().ToByteArray());
        var (id, token, _) = await Api.RegisteredAsync(serial);

        var deleted = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Delete, "/api/me", token), 200);
        var me = await Api.SendAsync(HttpMethod.Get, "/api/me", token);
        var operations = await Api.SendAsync(HttpMethod.Get, "/api/me/operations", token);
        var fresh = await Api.NewPendingAccountAsync(serial);

        Assert.Contains(deleted.GetProperty("kept").EnumerateArray(), k => k.GetProperty("what").GetString() == "操作履歴");
        AccountsApi.Expect(me, 401);
        AccountsApi.Expect(operations, 401);
        Assert.NotEqual(id, fresh);
    }

    [Fact]
    public async Task APendingAccountCanLeaveWithoutRegistering()
    {
        var serial = Convert.ToHexString(Guid.NewGuid().ToByteArray());
        var id = await Api.NewPendingAccountAsync(serial);
        var token = await Api.TokenAsync(id, "registration");

        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Delete, "/api/me", token), 200);

        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Get, "/api/me", token), 401);
        Assert.NotEqual(id, await Api.NewPendingAccountAsync(serial));
    }

    [Fact]
    public async Task TheOperationHistoryPagesNewestFirstWithAContinuation()
    {
        var (_, token, _) = await Api.RegisteredAsync();
        foreach (var enabled in new[] { false, true, false })
        {
            Api.Clock.Advance(TimeSpan.FromSeconds(1));
            AccountsApi.Expect(await Api.SendAsync(HttpMethod.Patch, "/api/me/settings", token, new { notificationsEnabled = enabled }), 200);
        }
        Api.Clock.Advance(TimeSpan.FromSeconds(1));
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Post, "/api/me/registration/confirm", token, new { code = "123456" }), 409);

        var items = new List<JsonElement>();
        string? continuation = null;
        var pages = 0;
        do
        {
            var query = "/api/me/operations?pageSize=2" + (continuation is null ? "" : $"&continuationToken={Uri.EscapeDataString(continuation)}");
            var page = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, query, token), 200);
            items.AddRange(page.GetProperty("items").EnumerateArray());
            continuation = page.TryGetProperty("continuationToken", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
            pages++;
        }
        while (continuation is not null && pages < 10);
        var bad = await Api.SendAsync(HttpMethod.Get, "/api/me/operations?from=yesterday&pageSize=0", token);

        Assert.Equal(["account.registration.confirm", "account.settings.update", "account.settings.update", "account.settings.update"],
            items.Take(4).Select(i => i.GetProperty("operation").GetString()));
        Assert.Equal("refused", items[0].GetProperty("outcome").GetString());
        Assert.Contains(items, i => i.GetProperty("operation").GetString() == "sign-in");
        Assert.All(items, i => Assert.Equal("web", i.GetProperty("clientId").GetString()));
        Assert.True(pages >= 3);
        Assert.Equal("invalid-input", await AccountsApi.ProblemTypeAsync(bad));
        AccountsApi.Expect(bad, 400);
    }

    /// <summary>All mails to an address (the sink keeps them all), once at least <paramref name="count"/> arrived.</summary>
    private async Task<IReadOnlyList<string>> MailsToAsync(string address, int count)
    {
        using var http = new HttpClient();
        for (var attempt = 0; attempt < 150; attempt++)
        {
            var mails = await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<JsonElement>(http, new Uri(Api.Stack.Smtp.WebUrl, "api/email"));
            var texts = mails.EnumerateArray()
                .Where(m => m.GetProperty("to").EnumerateArray().Any(r => r.GetProperty("address").GetString() == address))
                .Select(m => m.GetProperty("text").GetString()!)
                .ToList();
            if (texts.Count >= count)
            {
                return texts;
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"Fewer than {count} mails to the address arrived.");
    }
}
