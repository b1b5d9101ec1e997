using System.Net.Http.Json;
using System.Text.Json;

namespace Portal.Functions.Tests.Accounts;

/// <summary>利用者情報 over HTTP: read from the card through a prefill card request, shown uncached, deleted; never logged.</summary>
public sealed class ProfileHttpTests(AccountsApiFixture fixture) : IClassFixture<AccountsApiFixture>
{
    private const string IndividualNumber = "123456789018";

    private AccountsApi Api => fixture.Api;

    [Fact]
    public async Task A_resident_reads_the_card_into_the_profile_sees_it_uncached_and_deletes_it()
    {
        var (_, token, _) = await Api.RegisteredAsync();
        var before = await Api.SendAsync(HttpMethod.Get, "/api/me/profile", token);

        var started = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Post, "/api/me/profile/card-reading", token), 202);
        var id = started.GetProperty("cardRequestId").GetString()!;
        var early = await Api.SendAsync(HttpMethod.Post, $"/api/me/profile/card-reading/{id}", token);
        var view = await AccountsApi.ExpectAsync(await Api.Client.GetAsync($"/api/card-requests/{id}"), 200);
        await ProfileReading.ConfirmCodeAsync(Api, started);
        AccountsApi.Expect(await Api.Client.PostAsJsonAsync($"/api/card-requests/{id}", ProfileReading.Card), 204);
        var completed = await Api.SendAsync(HttpMethod.Post, $"/api/me/profile/card-reading/{id}", token);
        var read = await Api.SendAsync(HttpMethod.Get, "/api/me/profile", token);
        var profile = await AccountsApi.ExpectAsync(read, 200);
        var deleted = await Api.SendAsync(HttpMethod.Delete, "/api/me/profile", token);
        var after = await Api.SendAsync(HttpMethod.Get, "/api/me/profile", token);

        AccountsApi.Expect(before, 404);
        Assert.Equal("profile-not-found", await AccountsApi.ProblemTypeAsync(before));
        Assert.Equal($"{AccountsApi.Issuer}/card-requests/{id}", started.GetProperty("signerLink").GetString());
        Assert.True(started.TryGetProperty("expiresAt", out _));
        AccountsApi.Expect(early, 409);
        Assert.Equal("card-request-pending", await AccountsApi.ProblemTypeAsync(early));
        Assert.Equal("prefill", view.GetProperty("purpose").GetString());
        Assert.Equal("マイナポータル", view.GetProperty("clientName").GetString());
        Assert.Equal("利用者情報の入力補助", view.GetProperty("description").GetString());
        Assert.Equal(profile.GetRawText(), (await AccountsApi.ExpectAsync(completed, 200)).GetRawText());
        Assert.Equal("no-store", completed.Headers.CacheControl?.ToString());
        Assert.Equal("no-store", read.Headers.CacheControl?.ToString());
        Assert.Equal(["name", "address", "dateOfBirth", "sex", "source", "readAt", "consentedAt"], profile.EnumerateObject().Select(p => p.Name));
        Assert.Equal("山田 花子", profile.GetProperty("name").GetString());
        Assert.Equal("1990-04-01", profile.GetProperty("dateOfBirth").GetString());
        Assert.Equal("2", profile.GetProperty("sex").GetString());
        Assert.Equal("card", profile.GetProperty("source").GetString());
        AccountsApi.Expect(deleted, 204);
        AccountsApi.Expect(after, 404);
    }

    [Fact]
    public async Task Someone_elses_card_request_is_not_found()
    {
        var (_, owner, _) = await Api.RegisteredAsync();
        var (_, stranger, _) = await Api.RegisteredAsync();
        var id = await ProfileReading.StartAndAnswerAsync(Api, owner);

        var refused = await Api.SendAsync(HttpMethod.Post, $"/api/me/profile/card-reading/{id}", stranger);

        AccountsApi.Expect(refused, 404);
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Get, "/api/me/profile", stranger), 404);
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Post, $"/api/me/profile/card-reading/{id}", owner), 200);
    }

    [Fact]
    public async Task The_profiles_values_reach_neither_the_logs_nor_the_operation_history()
    {
        var (_, token, _) = await Api.RegisteredAsync();
        var card = ProfileReading.Card with { Name = "ログ 確認太郎", Address = "北海道札幌市中央区北1条西2丁目 ログ確認" };

        await ProfileReading.ReadAsync(Api, token, card);
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Get, "/api/me/profile", token), 200);
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Delete, "/api/me/profile", token), 204);
        var operations = await Api.SendAsync(HttpMethod.Get, "/api/me/operations", token);
        var history = await operations.Content.ReadAsStringAsync();

        var logs = ProfileReading.LogText(Api);
        Assert.Contains("card request", logs, StringComparison.Ordinal);
        Assert.DoesNotContain("確認太郎", logs, StringComparison.Ordinal);
        Assert.DoesNotContain("ログ確認", logs, StringComparison.Ordinal);
        AccountsApi.Expect(operations, 200);
        Assert.Contains("account.profile.read", history, StringComparison.Ordinal);
        Assert.Contains("account.profile.delete", history, StringComparison.Ordinal);
        Assert.DoesNotContain("確認太郎", JsonSerializer.Deserialize<JsonElement>(history).GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Card_items_that_look_like_an_individual_number_are_refused_with_an_explanation_and_never_stored_or_logged()
    {
        var (_, token, _) = await Api.RegisteredAsync();
        var started = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Post, "/api/me/profile/card-reading", token), 202);
        var id = started.GetProperty("cardRequestId").GetString()!;
        await ProfileReading.ConfirmCodeAsync(Api, started);

        var refused = await Api.Client.PostAsJsonAsync($"/api/card-requests/{id}",
            ProfileReading.Card with { Address = $"東京都千代田区霞が関 {IndividualNumber}" });
        var pending = await Api.SendAsync(HttpMethod.Post, $"/api/me/profile/card-reading/{id}", token);

        var problem = await AccountsApi.ExpectAsync(refused, 422);
        Assert.Equal("individual-number-refused", await AccountsApi.ProblemTypeAsync(refused));
        Assert.Contains("マイナンバー", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("address", problem.GetProperty("field").GetString());
        Assert.DoesNotContain(IndividualNumber, problem.GetRawText(), StringComparison.Ordinal);
        AccountsApi.Expect(pending, 409);
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Get, "/api/me/profile", token), 404);
        Assert.DoesNotContain(IndividualNumber, ProfileReading.LogText(Api), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pending_accounts_registration_token_cannot_read_the_card()
    {
        var id = await Api.NewPendingAccountAsync();
        var token = await Api.TokenAsync(id, "registration");

        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Post, "/api/me/profile/card-reading", token), 403);
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Get, "/api/me/profile", null), 401);
    }
}
