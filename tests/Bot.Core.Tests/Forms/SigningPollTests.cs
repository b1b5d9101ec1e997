using Bot.Core.Actions;
using Bot.Core.Conversations;
using Bot.Core.Forms;
using Bot.Core.Messages;
using Bot.Core.Tests.Support;
using static Bot.Core.Tests.Support.Transcript;

namespace Bot.Core.Tests.Forms;

/// <summary>
/// The background poll of a submission waiting for the card's signature, run by hand here (the signed case, with the
/// real signer, is in Bot.Functions.Tests' FormSigningTests).
/// </summary>
[Collection(BotTestCollection.Name)]
public sealed class SigningPollTests(BotTestHost host)
{
    private static readonly RememberedLocalGovernment Chiyoda = new(TestCatalog.Chiyoda, "千代田区（東京都）");

    [Fact]
    public async Task SubmittingForSignatureQueuesAPollThatWaitsWhilePendingAndSaysNothing()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        await AtTheSignerLinkAsync(bot, user);
        var submissionId = (await bot.StoredAsync(user)).State.Form!.SubmissionId;
        var poll = Assert.Single(bot.Polls.All);
        Assert.Equal((user.Channel, user.UserId, submissionId), (poll.Channel, poll.UserId, poll.SubmissionId));

        await bot.Service<SigningPoller>().PollAsync(poll, CancellationToken.None);

        Assert.Equal(2, bot.Polls.All.Count);
        Assert.Empty(bot.Sent[user.Channel].To(user));
        Assert.Equal(submissionId, (await bot.StoredAsync(user)).State.Form?.SubmissionId);
    }

    [Fact]
    public async Task APollOfASubmissionTheConversationLeftIsDroppedWithoutAWord()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        await AtTheSignerLinkAsync(bot, user);
        var poll = Assert.Single(bot.Polls.All);
        await bot.SayAsync(user, "あとで");

        await bot.Service<SigningPoller>().PollAsync(poll, CancellationToken.None);

        Assert.Single(bot.Polls.All);
        Assert.Empty(bot.Sent[user.Channel].To(user));
    }

    [Fact]
    public async Task TheSignedButtonBeforeSigningSaysItIsNotInYetAndKeepsWaiting()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        var replies = await AtTheSignerLinkAsync(bot, user);
        Assert.Contains("受付番号をお知らせします", Text(replies));

        replies = await bot.PressAsync(user, Action(replies, "署名が終わりました"));

        Assert.Contains("まだ署名が確認できません", Text(replies));
        Assert.Contains("署名が終わりました", Choices(replies).Select(c => c.Label));
        Assert.NotNull((await bot.StoredAsync(user)).State.Form?.SubmissionId);
    }

    private async Task<IReadOnlyList<OutgoingMessage>> AtTheSignerLinkAsync(TestBot bot, ChannelUser user)
    {
        var session = await host.LogInAsync(bot, user, Chiyoda);
        await bot.PressAsync(user, BotActions.Apply(TestCatalog.ChildAllowance).ToString());
        await new PortalDrafts(host.Portal.CreateClient, session, host.Portal.Services).FillChildAllowanceAsync((await bot.StoredAsync(user)).State.Form!.DraftId, ownAccount: false);
        var replies = await bot.PressAsync(user, FormActions.Continue.ToString());
        replies = await bot.PressAsync(user, Action(replies, "いいえ"));
        replies = await bot.PressAsync(user, Action(replies, "申請する"));
        Assert.Equal("マイナンバーカードで電子署名", Assert.Single(replies.OfType<LinkMessage>()).Label);
        return replies;
    }
}
