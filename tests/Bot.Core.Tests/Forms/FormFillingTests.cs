using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Bot.Core.Actions;
using Bot.Core.Conversations;
using Bot.Core.Forms;
using Bot.Core.Messages;
using Bot.Core.Tests.Support;
using Portal.Contracts.Drafts;
using Portal.Testing.PublicFundsAccounts;
using static Bot.Core.Tests.Support.Transcript;

namespace Bot.Core.Tests.Forms;

/// <summary>Transcripts of 申請する: 児童手当の認定請求 filled in the chat against the real portal, as the form definition drives it.</summary>
[Collection(BotTestCollection.Name)]
public sealed class FormFillingTests(BotTestHost host)
{
    private static readonly RememberedLocalGovernment Chiyoda = new(TestCatalog.Chiyoda, "千代田区（東京都）");
    private static readonly RememberedLocalGovernment Arakawa = new(TestCatalog.Arakawa, "荒川区（東京都）");

    [Fact]
    public async Task ChildAllowanceIsFilledQuestionByQuestionResumedOnAnotherChannelReviewedAndSubmittedForSignature()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        // 「公金受取口座を利用する」 is answered はい below: the portal takes it only from an account with one registered.
        var session = await host.LogInStoredAsync(bot, user, Chiyoda);
        await TestPublicFundsAccounts.RegisterAsync(host.Portal.Services, session.AccountId!);

        var replies = await bot.PressAsync(user, BotActions.Apply(TestCatalog.ChildAllowance).ToString());
        Assert.Contains("入力をはじめます", Text(replies));
        Assert.Contains("氏名を入力してください", Text(replies));
        Assert.Equal(["戻る", "あとで"], Choices(replies).Select(c => c.Label));

        replies = await bot.SayAsync(user, "山田 太郎");
        Assert.Contains("フリガナを入力してください", Text(replies));

        // Not カタカナ: the portal's message for the field, and the same question again; nothing saved.
        replies = await bot.SayAsync(user, "やまだ たろう");
        Assert.Contains("「フリガナ」の入力を確かめてください", Text(replies));
        Assert.Contains("カタカナ", Text(replies));
        Assert.Contains("フリガナを入力してください", Text(replies));
        Assert.Null(AnswerPath.Get(await DraftDataAsync(session, bot, user), "applicant.kana"));

        replies = await bot.SayAsync(user, "ヤマダ タロウ");
        Assert.Contains("生年月日を入力してください", Text(replies));

        // 戻る: the previous question, with the answer given.
        replies = await bot.SayAsync(user, "戻る");
        Assert.Contains("フリガナを入力してください", Text(replies));
        Assert.Contains("いまの回答：ヤマダ タロウ", Text(replies));
        replies = await bot.SayAsync(user, "ヤマダ タロウ");
        Assert.Contains("生年月日", Text(replies));

        replies = await bot.SayAsync(user, "昭和60年4月1日");
        Assert.Contains("郵便番号", Text(replies));
        replies = await bot.SayAsync(user, "100-0001");
        Assert.Contains("住所", Text(replies));
        replies = await bot.SayAsync(user, "東京都千代田区千代田1-1");
        Assert.Contains("電話番号", Text(replies));
        replies = await bot.SayAsync(user, "03-1234-5678");
        Assert.Contains("職業を選んでください", Text(replies));
        replies = await bot.PressAsync(user, Action(replies, "会社員"));
        Assert.Contains("加入している年金", Text(replies));
        replies = await bot.PressAsync(user, Action(replies, "厚生年金"));
        Assert.Contains("配偶者がいますか", Text(replies));

        // The condition: はい asks the spouse's fields.
        replies = await bot.PressAsync(user, Action(replies, "はい"));
        Assert.Contains("配偶者の氏名を入力してください", Text(replies));
        replies = await bot.SayAsync(user, "山田 花子");
        replies = await bot.SayAsync(user, "ヤマダ ハナコ");
        replies = await bot.SayAsync(user, "1987-06-10");
        Assert.Contains("1人目の児童の氏名を入力してください", Text(replies));
        replies = await bot.SayAsync(user, "山田 一郎");
        Assert.Contains("1人目の児童のフリガナ", Text(replies));

        // あとで: the draft stays; やること on another channel resumes it where it stopped.
        replies = await bot.SayAsync(user, "あとで");
        Assert.Contains("やること", Text(replies));
        Assert.True(OffersMenu(replies));
        var line = new ChannelUser(Bot.Core.Messages.Channels.Line, Guid.NewGuid().ToString("N"));
        await BotTestHost.PutSessionAsync(bot, line, session, Chiyoda);
        replies = await bot.SayAsync(line, "やること");
        replies = await bot.PressAsync(line, Action(replies, "児童手当の認定請求"));
        Assert.Contains("1人目の児童のフリガナを入力してください", Text(replies));

        replies = await bot.SayAsync(line, "ヤマダ イチロウ");
        replies = await bot.SayAsync(line, "R2.5.20");
        Assert.Contains("請求者との続柄", Text(replies));
        replies = await bot.PressAsync(line, Action(replies, "子"));
        replies = await bot.PressAsync(line, Action(replies, "はい"));
        // The repeatable group: another child?
        Assert.Contains("もう1件", Text(replies));
        replies = await bot.PressAsync(line, Action(replies, "いいえ"));
        Assert.Contains("公金受取口座を利用しますか", Text(replies));
        replies = await bot.PressAsync(line, Action(replies, "はい"));

        // The review: every answer, dates in 和暦; the bank fields (hidden) are not asked.
        var review = Text(replies);
        Assert.Contains("入力内容をご確認ください", review);
        Assert.Contains("生年月日: 昭和60年4月1日", review);
        Assert.Contains("1人目の児童の生年月日: 令和2年5月20日", review);
        Assert.Contains("配偶者の氏名: 山田 花子", review);
        Assert.DoesNotContain("金融機関名", review);
        var data = await DraftDataAsync(session, bot, line);
        Assert.Equal("1985-04-01", AnswerPath.Get(data, "applicant.birthDate")?.GetValue<string>());
        Assert.Equal("2020-05-20", AnswerPath.Get(data, "children[0].birthDate")?.GetValue<string>());

        // 修正する → 配偶者 → いいえ: the spouse's fields are skipped and leave the review.
        replies = await bot.PressAsync(line, Action(replies, "修正する"));
        replies = await bot.PressAsync(line, Action(replies, "配偶者"));
        Assert.Contains("配偶者がいますか", Text(replies));
        replies = await bot.PressAsync(line, Action(replies, "いいえ"));
        Assert.Contains("入力内容をご確認ください", Text(replies));
        Assert.DoesNotContain("配偶者の氏名", Text(replies));

        // 申請する: the card signs (a link); before signing, "署名が終わりました" says it is not in yet.
        var submit = Action(replies, "申請する");
        replies = await bot.PressAsync(line, submit);
        var sign = Assert.Single(replies.OfType<LinkMessage>());
        Assert.Equal("マイナンバーカードで電子署名", sign.Label);
        Assert.Contains("/card-requests/", sign.Url.ToString());
        var first = (await bot.StoredAsync(line)).State.Form!;
        Assert.NotNull(first.SubmissionId);

        // The same turn again (a retry) never submits twice: the same key, the same submission.
        replies = await bot.PressAsync(line, submit);
        Assert.Equal(first.SubmissionId, (await bot.StoredAsync(line)).State.Form!.SubmissionId);
        Assert.Equal(sign.Url, Assert.Single(replies.OfType<LinkMessage>()).Url);

        replies = await bot.PressAsync(line, Action(replies, "署名が終わりました"));
        Assert.Contains("まだ署名が確認できません", Text(replies));
    }

    [Fact]
    public async Task ABodyThatTakesNoOnlineApplicationGetsThePrintLinkAndWhereToSendIt()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        var session = await host.LogInAsync(bot, user, Arakawa);
        await bot.PressAsync(user, BotActions.Apply(TestCatalog.ChildAllowance).ToString());
        await Drafts(session).FillChildAllowanceAsync((await bot.StoredAsync(user)).State.Form!.DraftId, ownAccount: false);

        var replies = await bot.PressAsync(user, FormActions.Continue.ToString());
        Assert.Contains("もう1件", Text(replies));
        replies = await bot.PressAsync(user, Action(replies, "いいえ"));
        Assert.Contains("入力内容をご確認ください", Text(replies));
        replies = await bot.PressAsync(user, Action(replies, "申請する"));

        var text = Text(replies);
        Assert.Contains("電子申請を受け付けていません", text);
        Assert.Contains("子育て支援課 03-3802-3111", text);
        Assert.Contains("署名のうえ窓口にお持ちください", text);
        Assert.Contains("くわしくは：https://www.city.arakawa.tokyo.jp/jidouteate", text);
        // The bot's own link (the portal's print needs a bearer token the browser does not have), bound to this conversation.
        var print = Assert.Single(replies.OfType<LinkMessage>());
        Assert.StartsWith("http://localhost:7072/api/forms/print/", print.Url.ToString());
        Assert.Equal(ConversationSteps.Idle, (await bot.StoredAsync(user)).State.Step);
        var opened = await bot.Service<FormPrintService>().OpenAsync(print.Url.Segments[^1], CancellationToken.None);
        await using (var pdf = opened!.Value.Pdf)
        {
            var head = new byte[5];
            await pdf.ReadExactlyAsync(head);
            Assert.Equal("%PDF-"u8.ToArray(), head);
        }
        Assert.Null(await bot.Service<FormPrintService>().OpenAsync(print.Url.Segments[^1] + "x", CancellationToken.None));
    }

    [Fact]
    public async Task ASensitiveFieldIsNeverTakenAsChatTextButOnTheWebFormPageBehindAShortLivedToken()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        var session = await host.LogInAsync(bot, user, Chiyoda);
        await bot.PressAsync(user, BotActions.Apply(TestCatalog.ChildAllowance).ToString());
        await Drafts(session).FillChildAllowanceAsync((await bot.StoredAsync(user)).State.Form!.DraftId, ownAccount: true);
        var replies = await bot.PressAsync(user, FormActions.Continue.ToString());
        replies = await bot.PressAsync(user, Action(replies, "いいえ"));

        var link = Assert.Single(replies.OfType<LinkMessage>());
        Assert.Contains("「口座番号」は、安全のためチャットではお伺いしません", link.Text);
        Assert.StartsWith("http://localhost:7072/api/forms/page/", link.Url.ToString());
        replies = await bot.SayAsync(user, "1234567");
        Assert.Contains("チャットでは受け付けていません", Text(replies));
        Assert.Null(AnswerPath.Get(await DraftDataAsync(session, bot, user), "bank.accountNumber"));

        var token = link.Url.Segments[^1];
        var pages = bot.Service<FormPageService>();
        var page = await pages.GetAsync(token, CancellationToken.None);
        Assert.Equal(["口座番号", "通帳またはキャッシュカードの写し"], page!.Fields.Select(f => f.Label));
        var (html, policy) = FormPageHtml.Render(page);
        Assert.Contains("<html lang=\"ja\">", html);
        Assert.Contains("default-src 'none'", policy);
        Assert.Null(await pages.GetAsync(token + "x", CancellationToken.None));

        var tooLong = await pages.SaveAsync(token, new Dictionary<string, string> { ["bank.accountNumber"] = "123456789" }, CancellationToken.None);
        Assert.Equal("bank.accountNumber", Assert.Single(tooLong!).Path);
        Assert.Empty((await pages.SaveAsync(token, new Dictionary<string, string> { ["bank.accountNumber"] = "1234567" }, CancellationToken.None))!);
        Assert.Equal("1234567", AnswerPath.Get(await DraftDataAsync(session, bot, user), "bank.accountNumber")?.GetValue<string>());

        // 入力しました: on to the next field, the attachment (also on the page).
        replies = await bot.PressAsync(user, FormActions.Continue.ToString());
        Assert.Contains("通帳またはキャッシュカードの写し", Assert.Single(replies.OfType<LinkMessage>()).Text);
    }

    [Fact]
    public async Task ASubmissionRefusedForAFieldChangedElsewhereExplainsItAndAsksThatFieldAgain()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        var session = await host.LogInAsync(bot, user, Chiyoda);
        await bot.PressAsync(user, BotActions.Apply(TestCatalog.ChildAllowance).ToString());
        var draftId = (await bot.StoredAsync(user)).State.Form!.DraftId;
        await Drafts(session).FillChildAllowanceAsync(draftId, ownAccount: false);
        var replies = await bot.PressAsync(user, FormActions.Continue.ToString());
        replies = await bot.PressAsync(user, Action(replies, "いいえ"));
        Assert.Contains("入力内容をご確認ください", Text(replies));

        await Drafts(session).PatchAsync(draftId, new JsonObject { ["applicant"] = new JsonObject { ["phone"] = "abc" } });
        replies = await bot.PressAsync(user, Action(replies, "申請する"));

        Assert.Contains("入力内容を確認してください", Text(replies));
        Assert.Contains("日中に連絡のとれる電話番号を入力してください", Text(replies));
        Assert.Contains("いまの回答：abc", Text(replies));
    }

    [Fact]
    public async Task ApplyingWithoutALoginSaysALoginIsNeeded()
    {
        await using var bot = host.StartBot();

        var replies = await bot.PressAsync(NewUser(), BotActions.Apply(TestCatalog.ChildAllowance).ToString());

        Assert.Contains("ログインが必要です", Text(replies));
    }

    private async Task<JsonObject> DraftDataAsync(PortalSession session, TestBot bot, ChannelUser user) =>
        (await Drafts(session).ReadAsync((await bot.StoredAsync(user)).State.Form!.DraftId)).Data;

    /// <summary>The resident's draft as the web would change it (the whole form answered elsewhere, or one patch).</summary>
    private PortalDrafts Drafts(PortalSession session) => new(host.Portal.CreateClient, session, host.Portal.Services);
}
