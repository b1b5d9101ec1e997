using System.Text.Json.Nodes;
using Bot.Core.Actions;
using Bot.Core.Conversations;
using Bot.Core.Forms;
using Bot.Core.PublicFundsAccounts;
using Bot.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.PublicFundsAccounts;
using static Bot.Core.Tests.Support.Transcript;

namespace Bot.Core.Tests.PublicFundsAccounts;

/// <summary>
/// 「公金受取口座を利用しますか」 in the chat's form: はい says which account will be paid into, masked; with none registered
/// the answer is not taken and registering (or いいえ) is offered.
/// </summary>
[Collection(BotTestCollection.Name)]
public sealed class PublicFundsAccountFormTests(BotTestHost host)
{
    private static readonly RememberedLocalGovernment Chiyoda = new(TestCatalog.Chiyoda, "千代田区（東京都）");

    [Fact]
    public async Task Answering_yes_says_the_registered_account_that_will_be_paid_into_masked()
    {
        var (bot, user, _) = await AtTheAccountQuestionAsync(registered: true);
        await using var _bot = bot;

        var replies = await bot.PressAsync(user, Action(await bot.PressAsync(user, FormActions.Continue.ToString()), "はい"));

        Assert.Contains("公金受取口座「みずほ 東京営業部 普通 ****567」に振り込まれます", Text(replies), StringComparison.Ordinal);
        Assert.DoesNotContain("1234567", Text(replies), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answering_yes_without_a_registered_account_keeps_the_question_open_and_offers_to_register_one()
    {
        var (bot, user, draftId) = await AtTheAccountQuestionAsync(registered: false);
        await using var _bot = bot;

        var asked = await bot.PressAsync(user, FormActions.Continue.ToString());
        var replies = await bot.PressAsync(user, Action(asked, "はい"));
        var link = await bot.PressAsync(user, Action(replies, "公金受取口座を登録する"));

        Assert.Contains("公金受取口座が登録されていません", Text(replies), StringComparison.Ordinal);
        Assert.Contains(Choices(replies), c => c.Label == "いいえ");
        Assert.Single(link.OfType<Bot.Core.Messages.LinkMessage>());
        var stored = await bot.StoredAsync(user);
        Assert.Equal(ConversationSteps.Form, stored.State.Step);
        Assert.NotNull(stored.State.PublicFundsAccountPage);
    }

    /// <summary>児童手当 answered up to 「公金受取口座を利用しますか」, with or without an account registered.</summary>
    private async Task<(TestBot Bot, Bot.Core.Messages.ChannelUser User, string DraftId)> AtTheAccountQuestionAsync(bool registered)
    {
        var bot = host.StartBot();
        var user = NewUser();
        var session = await host.LogInStoredAsync(bot, user, Chiyoda);
        await bot.PressAsync(user, BotActions.Apply(TestCatalog.ChildAllowance).ToString());
        var draftId = (await bot.StoredAsync(user)).State.Form!.DraftId;
        var drafts = new PortalDrafts(host.Portal.CreateClient, session, host.Portal.Services);
        await drafts.FillChildAllowanceAsync(draftId, ownAccount: false);
        await drafts.PatchAsync(draftId, new JsonObject { ["usePublicFundsAccount"] = null });
        if (!registered)
        {
            await host.Portal.Services.GetRequiredService<PublicFundsAccountRepository>().DeleteAsync(session.AccountId!, null, CancellationToken.None);
        }
        var stored = await bot.StoredAsync(user);
        await bot.Store.SaveAsync(stored.State with { Form = stored.State.Form! with { ClosedGroups = ["children"] } }, stored.ETag, CancellationToken.None);
        return (bot, user, draftId);
    }
}
