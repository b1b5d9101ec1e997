using System.Text;
using Bot.Core.Actions;
using Bot.Core.Conversations;
using Bot.Core.Forms;
using Bot.Core.Messages;
using Bot.Core.Tests.Support;
using static Bot.Core.Tests.Support.Transcript;

namespace Bot.Core.Tests.Forms;

/// <summary>Attachment fields on the web form page: the file goes to the portal's draft and its id becomes the answer.</summary>
[Collection(BotTestCollection.Name)]
public sealed class FormPageAttachmentTests(BotTestHost host)
{
    public const string AccountCopy = "attachments.accountCopy";

    private static readonly RememberedLocalGovernment Chiyoda = new(TestCatalog.Chiyoda, "千代田区（東京都）");
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");

    [Fact]
    public async Task AFileUploadedOnThePageIsRecordedAsTheAnswerAndTheFormCanThenBeSubmitted()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        var (drafts, draftId, token) = await AtTheAttachmentAsync(bot, user);
        var pages = bot.Service<FormPageService>();

        var outcome = await pages.AttachAsync(token, AccountCopy, "通帳.pdf", new MemoryStream(Pdf), Pdf.Length, CancellationToken.None);

        var attached = outcome!.Attached!;
        Assert.Equal((AccountCopy, "通帳.pdf"), (attached.Path, attached.FileName));
        var draft = await drafts.ReadAsync(draftId);
        Assert.Equal(attached.AttachmentId, AnswerPath.Get(draft.Data, AccountCopy)?.GetValue<string>());
        Assert.Equal("application/pdf", Assert.Single(draft.Attachments, a => a.Id == attached.AttachmentId).ContentType);

        // A second file replaces the first: one answer, one file.
        var again = await pages.AttachAsync(token, AccountCopy, "カード.pdf", new MemoryStream(Pdf), Pdf.Length, CancellationToken.None);
        draft = await drafts.ReadAsync(draftId);
        Assert.Equal(again!.Attached!.AttachmentId, Assert.Single(draft.Attachments).Id);

        // The page opened again shows the file attached.
        var page = await pages.GetAsync(token, CancellationToken.None);
        Assert.Equal("カード.pdf", Assert.Single(page!.Fields, f => f.Path == AccountCopy).AttachedName);
        Assert.Contains("添付しました：カード.pdf（選び直すと差し替えます）", FormPageHtml.Render(page).Html);

        // 入力しました: the required attachment counts as answered, so the review follows, and the submission goes out.
        var replies = await bot.PressAsync(user, FormActions.Continue.ToString());
        Assert.Contains("入力内容をご確認ください", Text(replies));
        Assert.Contains("通帳またはキャッシュカードの写し: （添付済み）", Text(replies));
        replies = await bot.PressAsync(user, Action(replies, "申請する"));
        Assert.Equal("マイナンバーカードで電子署名", Assert.Single(replies.OfType<LinkMessage>()).Label);
    }

    [Theory]
    [InlineData("scan.pdf", "MZ\u0090\u0000 an executable, whatever its name says")]
    [InlineData("notes.txt", "plain text")]
    public async Task AFileOfATypeThePortalRefusesIsExplainedInItsWordsAndNothingIsRecorded(string name, string content)
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        var (drafts, draftId, token) = await AtTheAttachmentAsync(bot, user);
        var bytes = Encoding.Latin1.GetBytes(content);

        var outcome = await bot.Service<FormPageService>().AttachAsync(token, AccountCopy, name, new MemoryStream(bytes), bytes.Length, CancellationToken.None);

        Assert.Null(outcome!.Attached);
        Assert.Contains("PDF、JPEG、PNG", outcome.Detail);
        var draft = await drafts.ReadAsync(draftId);
        Assert.Null(AnswerPath.Get(draft.Data, AccountCopy));
        Assert.Empty(draft.Attachments);
    }

    [Fact]
    public async Task AnUploadToAFieldThatIsNotAnAttachmentOfThePageIsRefusedAndAnUnknownTokenFindsNothing()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        var (drafts, draftId, token) = await AtTheAttachmentAsync(bot, user);
        var pages = bot.Service<FormPageService>();

        Assert.Same(AttachOutcome.NotAnAttachment,
            await pages.AttachAsync(token, "bank.accountNumber", "a.pdf", new MemoryStream(Pdf), Pdf.Length, CancellationToken.None));
        Assert.Null(await pages.AttachAsync(token + "x", AccountCopy, "a.pdf", new MemoryStream(Pdf), Pdf.Length, CancellationToken.None));
        Assert.Empty((await drafts.ReadAsync(draftId)).Attachments);
    }

    /// <summary>児童手当 in 千代田区 with the resident's own account: everything answered but the copy of the bank book.</summary>
    private async Task<(PortalDrafts Drafts, string DraftId, string Token)> AtTheAttachmentAsync(TestBot bot, ChannelUser user)
    {
        var session = await host.LogInAsync(bot, user, Chiyoda);
        var drafts = new PortalDrafts(host.Portal.CreateClient, session, host.Portal.Services);
        await bot.PressAsync(user, BotActions.Apply(TestCatalog.ChildAllowance).ToString());
        var draftId = (await bot.StoredAsync(user)).State.Form!.DraftId;
        await drafts.FillChildAllowanceAsync(draftId, ownAccount: true, accountNumber: "1234567");
        var replies = await bot.PressAsync(user, FormActions.Continue.ToString());
        replies = await bot.PressAsync(user, Action(replies, "いいえ"));
        var link = Assert.Single(replies.OfType<LinkMessage>());
        Assert.Contains("通帳またはキャッシュカードの写し", link.Text);
        return (drafts, draftId, link.Url.Segments[^1]);
    }
}
