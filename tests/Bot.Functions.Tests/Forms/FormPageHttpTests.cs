using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Bot.Core.Actions;
using Bot.Core.Conversations;
using Bot.Core.Forms;
using Bot.Core.Messages;
using Bot.Core.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Accounts;
using Portal.Domain.Identity;
using Portal.Domain.Identity.Tokens;
using Portal.Testing;

namespace Bot.Functions.Tests.Forms;

/// <summary>The web form page's file upload and the print link over HTTP, on the bot host as wired for production with the real portal.</summary>
public sealed class FormPageHttpTests(BotWithPortal hosts) : IClassFixture<BotWithPortal>
{
    private const string AccountCopy = "attachments.accountCopy";
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");

    [Fact]
    public async Task AnUploadedFileIsAnsweredWithItsPathIdAndNameAndRecordedInTheDraft()
    {
        var (drafts, draftId, token) = await AtTheAttachmentAsync();
        using var client = hosts.Bot.CreateClient();

        using var response = await client.PostAsync(UploadPath(token, AccountCopy, "通帳 1.pdf"), File(Pdf));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(AccountCopy, body.GetProperty("path").GetString());
        Assert.Equal("通帳 1.pdf", body.GetProperty("fileName").GetString());
        var id = body.GetProperty("attachmentId").GetString();
        Assert.Equal(id, AnswerPath.Get((await drafts.ReadAsync(draftId)).Data, AccountCopy)?.GetValue<string>());
    }

    [Fact]
    public async Task AFileOfARefusedTypeIsA400ProblemWithThePortalsDetailAndNothingIsRecorded()
    {
        var (drafts, draftId, token) = await AtTheAttachmentAsync();
        using var client = hosts.Bot.CreateClient();

        using var response = await client.PostAsync(UploadPath(token, AccountCopy, "scan.pdf"), File("MZ not a pdf"u8.ToArray()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("この種類のファイルは添付できません。", problem.GetProperty("title").GetString());
        Assert.Contains("PDF、JPEG、PNG", problem.GetProperty("detail").GetString());
        var draft = await drafts.ReadAsync(draftId);
        Assert.Null(AnswerPath.Get(draft.Data, AccountCopy));
        Assert.Empty(draft.Attachments);
    }

    [Fact]
    public async Task AFileOverTheSizeLimitIsA400ProblemAndNothingIsRecorded()
    {
        var (drafts, draftId, token) = await AtTheAttachmentAsync();
        using var client = hosts.Bot.CreateClient();
        var tooLarge = new byte[10 * 1024 * 1024 + 1];
        Pdf.CopyTo(tooLarge, 0);

        using var response = await client.PostAsync(UploadPath(token, AccountCopy, "big.pdf"), File(tooLarge));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("10MB以下", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Empty((await drafts.ReadAsync(draftId)).Attachments);
    }

    [Theory]
    [InlineData("bm9ib2R5.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("not-a-token")]
    public async Task AnUploadWithAnUnknownTokenIsA404Problem(string token)
    {
        using var client = hosts.Bot.CreateClient();

        using var response = await client.PostAsync(UploadPath(token, AccountCopy, "a.pdf"), File(Pdf));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("この入力画面は使えなくなりました", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task TheWebFormPageOffersAFileInputThatUploadsToTheAttachmentsAddress()
    {
        var (_, _, token) = await AtTheAttachmentAsync();
        using var client = hosts.Bot.CreateClient();

        var html = await client.GetStringAsync($"/api/forms/page/{token}");

        Assert.Contains("type=\"file\" data-path=\"attachments.accountCopy\"", html);
        Assert.Contains("'/attachments?path='", html);
        Assert.DoesNotContain("https://", html);
    }

    [Fact]
    public async Task ThePrintLinkOfAProcedureNotTakenOnlineStreamsThePdfWithoutABearerToken()
    {
        var (replies, _) = await StartAsync(TestCatalog.Arakawa, "荒川区（東京都）", ownAccount: false, "申請する");
        var link = Assert.Single(replies.OfType<LinkMessage>());
        Assert.Equal("申請書を開く（PDF）", link.Label);
        using var client = hosts.Bot.CreateClient();

        using var response = await client.GetAsync(link.Url.PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("%PDF-"u8.ToArray(), (await response.Content.ReadAsByteArrayAsync())[..5]);
    }

    [Theory]
    [InlineData("bm9ib2R5.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("not-a-token")]
    public async Task APrintLinkWithAnUnknownTokenIsA404Problem(string token)
    {
        using var client = hosts.Bot.CreateClient();

        using var response = await client.GetAsync($"/api/forms/print/{token}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task APrintLinkIsNotAWebFormPageTokenNorTheOtherWayRound()
    {
        var (replies, _) = await StartAsync(TestCatalog.Arakawa, "荒川区（東京都）", ownAccount: false, "申請する");
        var print = Assert.Single(replies.OfType<LinkMessage>()).Url.Segments[^1];
        var (_, _, page) = await AtTheAttachmentAsync();
        using var client = hosts.Bot.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/forms/page/{print}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/forms/print/{page}")).StatusCode);
    }

    [Fact]
    public async Task TheLiffEndpointFollowsLinesPrimaryRedirectToThePageWithoutTheSdk()
    {
        var (_, _, token) = await AtTheAttachmentAsync();
        using var client = hosts.Bot.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var redirect = await client.GetAsync($"/api/forms/page?liff.state={Uri.EscapeDataString("/" + token)}");
        using var refused = await client.GetAsync($"/api/forms/page?liff.state={Uri.EscapeDataString("//evil.example/")}");

        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal($"/api/forms/page/{token}", redirect.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(redirect.Headers.Location)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
    }

    private static string UploadPath(string token, string path, string name) =>
        $"/api/forms/page/{token}/attachments?path={Uri.EscapeDataString(path)}&name={Uri.EscapeDataString(name)}";

    private static ByteArrayContent File(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return content;
    }

    /// <summary>A logged-in web chat user at 児童手当's copy of the bank book (own account, number given on the page).</summary>
    private async Task<(PortalDrafts Drafts, string DraftId, string Token)> AtTheAttachmentAsync()
    {
        var (replies, (drafts, draftId)) = await StartAsync(TestCatalog.Chiyoda, "千代田区（東京都）", ownAccount: true, null);
        var link = Assert.Single(replies.OfType<LinkMessage>());
        return (drafts, draftId, link.Url.Segments[^1]);
    }

    /// <summary>
    /// A logged-in web chat user applies for 児童手当 at the place, the answers filled elsewhere; then "another child?" is
    /// answered いいえ and, when given, the review's <paramref name="then"/> pressed. The last replies and the draft.
    /// </summary>
    private async Task<(IReadOnlyList<OutgoingMessage> Replies, (PortalDrafts Drafts, string DraftId) Draft)> StartAsync(
        string place, string placeName, bool ownAccount, string? then)
    {
        var user = new ChannelUser(Bot.Core.Messages.Channels.WebChat, Guid.NewGuid().ToString("N"));
        var token = await ResidentTokens.IssueAsync(hosts.Portal.Services, AccountService.NewAccountId(), "bot-tests", PortalScopes.Portal);
        var session = new PortalSession(token, null, DateTimeOffset.UtcNow.AddHours(1));
        var store = hosts.Bot.Services.GetRequiredService<ConversationStore>();
        var stored = await store.ReadAsync(user.Key, CancellationToken.None);
        await store.SaveAsync(stored.State with { PortalSession = session, LocalGovernment = new RememberedLocalGovernment(place, placeName) },
            stored.ETag, CancellationToken.None);

        var engine = hosts.Bot.Services.GetRequiredService<IConversationEngine>();
        var turn = 0;
        Task<IReadOnlyList<OutgoingMessage>> Press(string action) => engine.HandleAsync(
            new IncomingMessage(user, null, action, null, $"t{++turn}", DateTimeOffset.UtcNow), CancellationToken.None);
        static string Choice(IReadOnlyList<OutgoingMessage> replies, string label) =>
            replies.OfType<ChoicesMessage>().SelectMany(c => c.Choices).Single(c => c.Label == label).Action;

        await Press(BotActions.Apply(TestCatalog.ChildAllowance).ToString());
        var draftId = (await store.ReadAsync(user.Key, CancellationToken.None)).State.Form!.DraftId;
        var drafts = new PortalDrafts(hosts.Portal.CreateClient, session, hosts.Portal.Services);
        await drafts.FillChildAllowanceAsync(draftId, ownAccount, ownAccount ? "1234567" : null);
        var replies = await Press(FormActions.Continue.ToString());
        replies = await Press(Choice(replies, "いいえ"));
        if (then is not null)
        {
            replies = await Press(Choice(replies, then));
        }
        return (replies, (drafts, draftId));
    }
}
