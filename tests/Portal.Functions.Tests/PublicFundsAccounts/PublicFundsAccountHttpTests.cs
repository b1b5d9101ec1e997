using System.Net;
using System.Text.Json;
using Portal.Domain.Proxies;
using Portal.Domain.PublicFundsAccounts;
using Portal.Functions.Tests.Accounts;
using Portal.Functions.Tests.Proxies.Acting;

namespace Portal.Functions.Tests.PublicFundsAccounts;

/// <summary>
/// 公金受取口座 over HTTP on the real stack: registered, shown with the Zengin names, changed and deleted by the
/// resident with a card profile; each change in 操作履歴 without the number and confirmed by a notice showing it masked;
/// refused whole (nothing stored) for a bad field, without a profile, for a proxy; never visible to anyone else; and
/// of two concurrent changes one is stored, the other told.
/// </summary>
public sealed class PublicFundsAccountHttpTests(ActingFixture fixture) : IClassFixture<ActingFixture>
{
    private const string Path = "/api/me/public-funds-account";

    private AccountsApi Api => fixture.Api;

    [Fact]
    public async Task A_resident_registers_sees_changes_and_deletes_their_account_with_the_Zengin_names()
    {
        var token = await ResidentWithProfileAsync();

        var created = await Api.SendAsync(HttpMethod.Put, Path, token, Body("0001", "001", "ordinary", "1234567", "やまだ はなこ"));
        var registered = await AccountsApi.ExpectAsync(created, 201);
        var shown = await Api.SendAsync(HttpMethod.Get, Path, token);
        var read = await AccountsApi.ExpectAsync(shown, 200);

        Assert.Equal(created.Headers.ETag, shown.Headers.ETag);
        Assert.Equal(registered.ToString(), read.ToString());
        Assert.Equal("みずほ", read.GetProperty("bank").GetProperty("name").GetString());
        Assert.Equal("ミズホ", read.GetProperty("bank").GetProperty("kana").GetString());
        Assert.Equal("東京営業部", read.GetProperty("branch").GetProperty("name").GetString());
        Assert.Equal("トウキヨウ", read.GetProperty("branch").GetProperty("kana").GetString());
        Assert.Equal("普通", read.GetProperty("accountTypeLabel").GetString());
        Assert.Equal("1234567", read.GetProperty("accountNumber").GetString());
        Assert.Equal("ヤマダ　ハナコ", read.GetProperty("holderKana").GetString());
        Assert.Equal(ProfileReading.Card.Name, read.GetProperty("holderName").GetString());
        Assert.True(read.GetProperty("valid").GetBoolean());

        var changed = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Put, Path, token,
            Body("0009", "005", "当座", "7654321", "ﾔﾏﾀﾞ ﾊﾅｺ"), r => r.Headers.TryAddWithoutValidation("If-Match", shown.Headers.ETag!.Tag)), 200);
        Assert.Equal("三井住友", changed.GetProperty("bank").GetProperty("name").GetString());
        Assert.Equal("春日部", changed.GetProperty("branch").GetProperty("name").GetString());
        Assert.Equal("current", changed.GetProperty("accountType").GetString());
        Assert.Equal(read.GetProperty("registeredAt").GetString(), changed.GetProperty("registeredAt").GetString());
        Assert.Equal("7654321", (await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, Path, token), 200))
            .GetProperty("accountNumber").GetString());

        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Delete, Path, token), 204);
        var gone = await Api.SendAsync(HttpMethod.Get, Path, token);
        Assert.Equal(404, (int)gone.StatusCode);
        Assert.Equal("public-funds-account-not-found", await AccountsApi.ProblemTypeAsync(gone));
    }

    [Fact]
    public async Task Each_change_is_in_the_operation_history_and_confirmed_by_a_notice_with_the_number_masked()
    {
        var token = await ResidentWithProfileAsync();
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Put, Path, token, Body("0001", "001", "ordinary", "1234567", "ヤマダ ハナコ")), 201);
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Put, Path, token, Body("0001", "004", "ordinary", "7654321", "ヤマダ ハナコ")), 200);
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Delete, Path, token), 204);

        var history = await (await Api.SendAsync(HttpMethod.Get, "/api/me/operations", token)).Content.ReadAsStringAsync();
        var registered = await NoticeBodyAsync(token, "公金受取口座を登録しました");
        var changed = await NoticeBodyAsync(token, "公金受取口座を変更しました");
        var deleted = await NoticeBodyAsync(token, "公金受取口座の登録を削除しました");

        Assert.Contains("publicfundsaccount.register", history, StringComparison.Ordinal);
        Assert.Contains("publicfundsaccount.change", history, StringComparison.Ordinal);
        Assert.Contains("publicfundsaccount.delete", history, StringComparison.Ordinal);
        Assert.Contains("みずほ 東京営業部 普通 ****567", registered, StringComparison.Ordinal);
        Assert.Contains("みずほ 丸の内中央 普通 ****321", changed, StringComparison.Ordinal);
        Assert.Contains("みずほ 丸の内中央 普通 ****321", deleted, StringComparison.Ordinal);
        foreach (var text in new[] { history, registered, changed, deleted, ProfileReading.LogText(Api) })
        {
            Assert.DoesNotContain("1234567", text, StringComparison.Ordinal);
            Assert.DoesNotContain("7654321", text, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("ヤマダ　ハナコ", ProfileReading.LogText(Api), StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string, string, string, string, string> Refusals => new()
    {
        // bank, branch, type, number, kana → the field and code refused
        { "9998", "001", "ordinary", "1234567", "ヤマダ ハナコ", "bankCode", "unknown-bank" },
        { "0001", "999", "ordinary", "1234567", "ヤマダ ハナコ", "branchCode", "unknown-branch" },
        { "0001", "001", "savings", "1234567", "ヤマダ ハナコ", "accountType", "account-type" },
        { "0001", "001", "貯蓄", "1234567", "ヤマダ ハナコ", "accountType", "account-type" },
        { "0001", "001", "定期", "1234567", "ヤマダ ハナコ", "accountType", "account-type" },
        { "0001", "001", "ordinary", "123456", "ヤマダ ハナコ", "accountNumber", "digits" },
        { "0001", "001", "ordinary", "12345678", "ヤマダ ハナコ", "accountNumber", "digits" },
        { "0001", "001", "ordinary", "１２３４５６７", "ヤマダ ハナコ", "accountNumber", "digits" },
        { "0001", "001", "ordinary", "1234567", "山田 花子", "holderKana", "zengin-kana" },
        { "0001", "001", "ordinary", "1234567", "ヤマダ・ハナコ", "holderKana", "zengin-kana" },
        { "0001", "001", "ordinary", "1234567", " ", "holderKana", "required" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_bad_field_is_refused_in_Japanese_naming_the_field_and_nothing_is_stored(
        string bank, string branch, string type, string number, string kana, string field, string code)
    {
        var token = await ResidentWithProfileAsync();

        var response = await Api.SendAsync(HttpMethod.Put, Path, token, Body(bank, branch, type, number, kana));

        Assert.Equal(400, (int)response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.EndsWith("/invalid-input", problem.GetProperty("type").GetString(), StringComparison.Ordinal);
        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        Assert.Equal(field, error.GetProperty("field").GetString());
        Assert.Equal(code, error.GetProperty("code").GetString());
        Assert.Matches(@"\p{IsHiragana}|\p{IsKatakana}", error.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await Api.SendAsync(HttpMethod.Get, Path, token)).StatusCode);
    }

    [Fact]
    public async Task A_refused_change_leaves_the_registered_account_as_it_was()
    {
        var token = await ResidentWithProfileAsync();
        var before = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Put, Path, token, Body("0001", "001", "ordinary", "1234567", "ヤマダ ハナコ")), 201);

        var refused = await Api.SendAsync(HttpMethod.Put, Path, token, Body("0001", "001", "定期", "7654321", "ヤマダ ハナコ"));

        Assert.Equal(400, (int)refused.StatusCode);
        Assert.Equal(before.ToString(), (await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, Path, token), 200)).ToString());
    }

    [Fact]
    public async Task Without_a_card_profile_registering_is_refused_with_409_and_nothing_is_stored()
    {
        var (_, token, _) = await Api.RegisteredAsync();

        var response = await Api.SendAsync(HttpMethod.Put, Path, token, Body("0001", "001", "ordinary", "1234567", "ヤマダ ハナコ"));

        Assert.Equal(409, (int)response.StatusCode);
        Assert.Equal("public-funds-account-profile-required", await AccountsApi.ProblemTypeAsync(response));
        Assert.Contains("利用者情報", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.SendAsync(HttpMethod.Get, Path, token)).StatusCode);
    }

    [Fact]
    public async Task A_proxy_with_every_service_delegated_can_neither_read_register_nor_delete_the_principals_account()
    {
        var (principal, principalToken, _) = await Api.RegisteredAsync();
        await ProfileReading.ReadAsync(Api, principalToken);
        var registered = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Put, Path, principalToken,
            Body("0001", "001", "ordinary", "1234567", "ヤマダ ハナコ")), 201);
        var proxy = await fixture.ResidentAsync();
        var delegation = await fixture.DelegationAsync(principal, proxy, DelegatedServices.All);
        var acting = await fixture.ActAsync(proxy, delegation.Id);

        var responses = new[]
        {
            await Api.SendAsync(HttpMethod.Get, Path, acting),
            await Api.SendAsync(HttpMethod.Put, Path, acting, Body("0009", "001", "ordinary", "7654321", "ダイリ イチロウ")),
            await Api.SendAsync(HttpMethod.Delete, Path, acting),
        };

        foreach (var response in responses)
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal("not-delegated", await AccountsApi.ProblemTypeAsync(response));
            Assert.DoesNotContain("1234567", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        Assert.Equal(registered.ToString(), (await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, Path, principalToken), 200)).ToString());
    }

    [Fact]
    public async Task Another_resident_sees_nothing_of_it_and_their_delete_leaves_it()
    {
        var owner = await ResidentWithProfileAsync();
        var registered = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Put, Path, owner, Body("0001", "001", "ordinary", "1234567", "ヤマダ ハナコ")), 201);
        var other = await ResidentWithProfileAsync();

        var seen = await Api.SendAsync(HttpMethod.Get, Path, other);
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Delete, Path, other), 204);

        Assert.Equal(HttpStatusCode.NotFound, seen.StatusCode);
        Assert.DoesNotContain("1234567", await seen.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(registered.ToString(), (await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, Path, owner), 200)).ToString());
    }

    [Fact]
    public async Task Of_two_changes_over_the_same_version_one_is_stored_and_the_other_is_refused_not_overwritten()
    {
        var token = await ResidentWithProfileAsync();
        var first = await Api.SendAsync(HttpMethod.Put, Path, token, Body("0001", "001", "ordinary", "1111111", "ヤマダ ハナコ"));
        var version = first.Headers.ETag!.Tag;

        var both = await Task.WhenAll(
            Api.SendAsync(HttpMethod.Put, Path, token, Body("0001", "001", "ordinary", "2222222", "ヤマダ ハナコ"),
                r => r.Headers.TryAddWithoutValidation("If-Match", version)),
            Api.SendAsync(HttpMethod.Put, Path, token, Body("0001", "001", "ordinary", "3333333", "ヤマダ ハナコ"),
                r => r.Headers.TryAddWithoutValidation("If-Match", version)));

        var stored = (await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, Path, token), 200)).GetProperty("accountNumber").GetString();
        var won = Assert.Single(both, r => r.StatusCode == HttpStatusCode.OK);
        var lost = Assert.Single(both, r => r.StatusCode != HttpStatusCode.OK);
        Assert.Contains((int)lost.StatusCode, new[] { 409, 412 });
        Assert.Equal((await AccountsApi.ExpectAsync(won, 200)).GetProperty("accountNumber").GetString(), stored);
    }

    [Fact]
    public async Task Of_two_first_registrations_at_once_one_is_stored_and_the_other_is_told_with_409()
    {
        var token = await ResidentWithProfileAsync();

        var both = await Task.WhenAll(
            Api.SendAsync(HttpMethod.Put, Path, token, Body("0001", "001", "ordinary", "2222222", "ヤマダ ハナコ")),
            Api.SendAsync(HttpMethod.Put, Path, token, Body("0001", "001", "ordinary", "3333333", "ヤマダ ハナコ")));

        var stored = (await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, Path, token), 200)).GetProperty("accountNumber").GetString();
        var statuses = both.Select(r => (int)r.StatusCode).Order().ToList();
        // Either they raced (one registers, the other is refused) or ran one after the other (registered, then changed).
        if (statuses.SequenceEqual([201, 409]))
        {
            var won = Assert.Single(both, r => r.StatusCode == HttpStatusCode.Created);
            Assert.Equal((await AccountsApi.ExpectAsync(won, 201)).GetProperty("accountNumber").GetString(), stored);
            Assert.Equal("public-funds-account-conflict", await AccountsApi.ProblemTypeAsync(Assert.Single(both, r => (int)r.StatusCode == 409)));
        }
        else
        {
            Assert.Equal([200, 201], statuses);
            Assert.Equal((await AccountsApi.ExpectAsync(Assert.Single(both, r => r.StatusCode == HttpStatusCode.OK), 200))
                .GetProperty("accountNumber").GetString(), stored);
        }
    }

    [Fact]
    public async Task A_stale_version_is_refused_with_412_and_the_account_is_unchanged()
    {
        var token = await ResidentWithProfileAsync();
        var first = await Api.SendAsync(HttpMethod.Put, Path, token, Body("0001", "001", "ordinary", "1111111", "ヤマダ ハナコ"));
        var stale = first.Headers.ETag!.Tag;
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Put, Path, token, Body("0001", "001", "ordinary", "2222222", "ヤマダ ハナコ")), 200);

        var put = await Api.SendAsync(HttpMethod.Put, Path, token, Body("0001", "001", "ordinary", "3333333", "ヤマダ ハナコ"),
            r => r.Headers.TryAddWithoutValidation("If-Match", stale));
        var delete = await Api.SendAsync(HttpMethod.Delete, Path, token, configure: r => r.Headers.TryAddWithoutValidation("If-Match", stale));

        Assert.Equal(412, (int)put.StatusCode);
        Assert.Equal(412, (int)delete.StatusCode);
        Assert.Equal("2222222", (await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, Path, token), 200)).GetProperty("accountNumber").GetString());
    }

    [Fact]
    public async Task Deleting_the_portal_account_deletes_the_public_funds_account()
    {
        var (id, token, _) = await Api.RegisteredAsync();
        await ProfileReading.ReadAsync(Api, token);
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Put, Path, token, Body("0001", "001", "ordinary", "1234567", "ヤマダ ハナコ")), 201);

        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Delete, "/api/me", token), 200);

        Assert.Null(await fixture.Service<PublicFundsAccountRepository>().ReadAsync(id, CancellationToken.None));
    }

    private async Task<string> ResidentWithProfileAsync()
    {
        var (_, token, _) = await Api.RegisteredAsync();
        await ProfileReading.ReadAsync(Api, token);
        return token;
    }

    private async Task<string> NoticeBodyAsync(string token, string title)
    {
        var list = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, "/api/me/notices", token), 200);
        var id = list.GetProperty("items").EnumerateArray().Single(n => n.GetProperty("title").GetString() == title).GetProperty("id").GetString();
        return await (await Api.SendAsync(HttpMethod.Get, $"/api/me/notices/{id}", token)).Content.ReadAsStringAsync();
    }

    private static object Body(string bank, string branch, string type, string number, string kana) =>
        new { bankCode = bank, branchCode = branch, accountType = type, accountNumber = number, holderKana = kana };
}
