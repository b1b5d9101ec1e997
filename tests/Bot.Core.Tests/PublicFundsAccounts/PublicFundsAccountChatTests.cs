using Bot.Core.Conversations;
using Bot.Core.Messages;
using Bot.Core.Proxies.Acting;
using Bot.Core.PublicFundsAccounts;
using Bot.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Accounts.Profile;
using Portal.Domain.PublicFundsAccounts;
using Portal.Testing.PublicFundsAccounts;
using static Bot.Core.Tests.Support.Transcript;

namespace Bot.Core.Tests.PublicFundsAccounts;

/// <summary>
/// 公金受取口座 in the chat against the real portal API: the registered account shown masked, a one-time page link to
/// register (the number typed only there), deletion after a confirmation, a number typed in the chat neither kept nor
/// echoed, and a proxy told they cannot register someone's account.
/// </summary>
[Collection(BotTestCollection.Name)]
public sealed class PublicFundsAccountChatTests(BotTestHost host)
{
    private static readonly RememberedLocalGovernment Arakawa = new(TestCatalog.Arakawa, "荒川区（東京都）");

    private static readonly ResidentProfile Profile =
        new("山田 花子", "東京都荒川区荒川2-2-3", new DateOnly(1990, 4, 1), "2", ProfileSources.Card, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow);

    [Fact]
    public async Task The_registered_account_is_shown_masked_and_deleted_only_after_a_confirmation()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        var session = await host.LogInStoredAsync(bot, user, Arakawa);
        await TestPublicFundsAccounts.RegisterAsync(host.Portal.Services, session.AccountId!);

        var shown = await bot.SayAsync(user, "公金受取口座");
        var asked = await bot.PressAsync(user, Action(shown, "登録を削除する"));
        var stillThere = await Repository.ReadAsync(session.AccountId!, CancellationToken.None);
        var deleted = await bot.PressAsync(user, Action(asked, "削除する"));

        Assert.Contains("「みずほ 東京営業部 普通 ****567」", Text(shown), StringComparison.Ordinal);
        Assert.Contains("削除しますか", Text(asked), StringComparison.Ordinal);
        Assert.NotNull(stillThere);
        Assert.Contains("削除しました", Text(deleted), StringComparison.Ordinal);
        Assert.Null(await Repository.ReadAsync(session.AccountId!, CancellationToken.None));
        Assert.DoesNotContain("1234567", Text(shown.Concat(asked).Concat(deleted)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_none_registered_the_chat_offers_a_one_time_page_link_bound_to_the_conversation()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        await host.LogInStoredAsync(bot, user, Arakawa);

        var none = await bot.PressAsync(user, PublicFundsAccountActions.Show.ToString());
        var link = await bot.PressAsync(user, Action(none, "登録する"));

        Assert.Contains("登録されていません", Text(none), StringComparison.Ordinal);
        var page = Assert.Single(link.OfType<LinkMessage>());
        var token = (await bot.StoredAsync(user)).State.PublicFundsAccountPage!.Token;
        Assert.EndsWith($"/api/public-funds-account/page/{token}", page.Url.ToString(), StringComparison.Ordinal);
        Assert.Contains("口座番号はチャットには入力せず", page.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1234567")]
    [InlineData("１２３４５６７")]
    [InlineData("123-4567")]
    public async Task An_account_number_typed_in_the_chat_is_neither_kept_nor_echoed_and_the_page_is_offered(string typed)
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        await host.LogInStoredAsync(bot, user, Arakawa);

        var replies = await bot.SayAsync(user, typed);
        var stored = System.Text.Json.JsonSerializer.Serialize((await bot.StoredAsync(user)).State);

        Assert.Contains("口座番号はチャットに入力しないでください", Text(replies), StringComparison.Ordinal);
        Assert.Contains(Choices(replies), c => c.Label == "口座を登録・変更する");
        Assert.DoesNotContain("4567", Text(replies), StringComparison.Ordinal);
        Assert.DoesNotContain("4567", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("4567", bot.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task While_acting_as_a_proxy_the_feature_says_a_proxy_cannot_register_and_asks_nothing_of_the_portal()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        var session = await host.LogInStoredAsync(bot, user, Arakawa);
        var later = DateTimeOffset.UtcNow.AddMinutes(10);
        await BotTestHost.PutSessionAsync(bot, user, session with { Acting = new ActingFor("d1", "委任者1", "delegated", later, "subject", later) }, Arakawa);
        var before = bot.Handler.Requests;

        foreach (var action in new[] { PublicFundsAccountActions.Show, PublicFundsAccountActions.Register, PublicFundsAccountActions.DeleteConfirmed })
        {
            var replies = await bot.PressAsync(user, action.ToString());
            Assert.Contains("代理人が登録・変更・削除することはできません", Text(replies), StringComparison.Ordinal);
        }
        Assert.Contains("代理人が登録", Text(await bot.SayAsync(user, "公金受取口座")), StringComparison.Ordinal);
        Assert.Equal(before, bot.Handler.Requests);
        Assert.Null((await bot.StoredAsync(user)).State.PublicFundsAccountPage);
    }

    [Fact]
    public async Task The_page_finds_the_bank_by_name_shows_the_portals_field_errors_in_Japanese_and_registers_once()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        var session = await host.LogInStoredAsync(bot, user, Arakawa, profile: Profile);
        await bot.PressAsync(user, PublicFundsAccountActions.Register.ToString());
        var token = (await bot.StoredAsync(user)).State.PublicFundsAccountPage!.Token;
        var pages = bot.Service<PublicFundsAccountPageService>();

        var banks = await pages.PostAsync(token, Input("search-bank", bankQuery: "みずほ銀行"), CancellationToken.None);
        var branches = await pages.PostAsync(token, Input("search-branch", bankCode: "0001", branchQuery: "丸の内中央"), CancellationToken.None);
        var refused = await pages.PostAsync(token, Input("register", bankCode: "0001", branchCode: "004", number: "12345", kana: "漢字"), CancellationToken.None);
        var done = await pages.PostAsync(token, Input("register", bankCode: "0001", branchCode: "004", number: "7654321", kana: "やまだ はなこ"), CancellationToken.None);
        var again = await pages.PostAsync(token, Input("register", bankCode: "0001", branchCode: "004", number: "7654321", kana: "ヤマダ"), CancellationToken.None);
        var shown = await bot.SayAsync(user, "公金受取口座");

        Assert.Equal("0001", banks!.Banks[0].Code);
        Assert.Equal("004", branches!.Branches[0].Code);
        Assert.Contains(refused!.Errors, e => e.Field == "accountNumber" && e.Message.Contains("口座番号", StringComparison.Ordinal));
        Assert.Contains(refused.Errors, e => e.Field == "holderKana");
        Assert.Null(refused.Done);
        Assert.Equal("みずほ 丸の内中央 普通 ****321", done!.Done);
        Assert.Null(again);
        Assert.Contains("「みずほ 丸の内中央 普通 ****321」", Text(shown), StringComparison.Ordinal);
        Assert.Equal("7654321", (await Repository.ReadAsync(session.AccountId!, CancellationToken.None))!.Document.AccountNumber);
        Assert.DoesNotContain("7654321", bot.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain("7654321", PublicFundsAccountPageHtml.Render(done).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_is_refused_for_another_conversation_once_expired_or_when_malformed()
    {
        await using var bot = host.StartBot();
        var (mine, theirs) = (NewUser(), NewUser());
        await host.LogInStoredAsync(bot, mine, Arakawa);
        await host.LogInStoredAsync(bot, theirs, Arakawa);
        await bot.PressAsync(mine, PublicFundsAccountActions.Register.ToString());
        await bot.PressAsync(theirs, PublicFundsAccountActions.Register.ToString());
        var token = (await bot.StoredAsync(mine)).State.PublicFundsAccountPage!.Token;
        var theirToken = (await bot.StoredAsync(theirs)).State.PublicFundsAccountPage!.Token;
        var pages = bot.Service<PublicFundsAccountPageService>();
        // Their conversation's key with my random part: a token names its conversation and is checked there.
        var swapped = theirToken.Split('.')[0] + "." + token.Split('.')[1];

        Assert.NotNull(await pages.GetAsync(token, CancellationToken.None));
        Assert.Null(await pages.GetAsync(swapped, CancellationToken.None));
        Assert.Null(await pages.PostAsync(swapped, Input("search-bank", bankQuery: "みずほ"), CancellationToken.None));
        Assert.Null(await pages.GetAsync("not-a-token", CancellationToken.None));
        var stored = await bot.StoredAsync(mine);
        await bot.Store.SaveAsync(stored.State with
        {
            PublicFundsAccountPage = stored.State.PublicFundsAccountPage! with { ExpiresAt = DateTimeOffset.UtcNow.AddSeconds(-1) },
        }, stored.ETag, CancellationToken.None);
        Assert.Null(await pages.GetAsync(token, CancellationToken.None));
    }

    private PublicFundsAccountRepository Repository => host.Portal.Services.GetRequiredService<PublicFundsAccountRepository>();

    private static PublicFundsAccountPageInput Input(string action, string? bankQuery = null, string? bankCode = null, string? branchQuery = null,
        string? branchCode = null, string? number = null, string? kana = null) =>
        new(action, bankQuery, bankCode, branchQuery, branchCode, "ordinary", number, kana);
}
