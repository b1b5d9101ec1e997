using System.Net;
using System.Net.Http.Json;
using Bot.Core.Applications;
using Bot.Core.Conversations;
using Bot.Core.Login;
using Bot.Core.Messages;
using Bot.Core.Proxies.Acting;
using Bot.Core.Sessions;
using Bot.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Applications.Status;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Proxies;
using Portal.Domain.Errors;
using Portal.Testing;
using static Bot.Core.Tests.Support.Transcript;

namespace Bot.Core.Tests.Proxies.Acting;

/// <summary>
/// 代理で操作 in the chat against the real portal: whose procedures after login, acting with a delegated token (the
/// principal's applications), 「（代理で操作中）」 on every message, 自分に戻る, a delegation that ends mid-conversation, and
/// the account's items refused while acting. The principal's name never reaches the chat.
/// </summary>
[Collection(BotTestCollection.Name)]
public sealed class ActingChatTests(BotTestHost host)
{
    private const string PrincipalName = "委任 花子";
    private const string ProxyName = "代理 一郎";
    private static readonly RememberedLocalGovernment Arakawa = new(TestCatalog.Arakawa, "荒川区（東京都）");
    private static readonly DateTimeOffset SubmittedAt = new(2026, 11, 20, 1, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AfterLoginOnlyAnActiveProxyIsAskedWhoseProceduresToDo(bool proxy)
    {
        await RegisterChatbotAsync();
        await using var bot = host.StartBot();
        var user = NewUser();
        var self = await host.LogInStoredAsync(bot, user, Arakawa, clientId: "chatbot");
        var principal = await host.LogInStoredAsync(bot, NewUser(), Arakawa);
        await DelegationAsync(principal.AccountId!, self.AccountId!, DelegationStates.Active);
        if (!proxy)
        {
            // Another resident, nobody's proxy, logs in on this chat instead.
            self = await host.LogInStoredAsync(bot, NewUser(), Arakawa, clientId: "chatbot");
        }
        var stored = await bot.StoredAsync(user);
        await bot.Store.SaveAsync(stored.State with { PortalSession = null }, stored.ETag, CancellationToken.None);
        bot.Handler.Intercept = (request, _) => LoginAnswerAsync(request, self.AccessToken);

        await bot.PressAsync(user, "v1:menu:todo");
        await bot.Service<LoginPoller>().PollAsync(Assert.Single(bot.Polls.All), CancellationToken.None);

        var sent = bot.Sent[Bot.Core.Messages.Channels.WebChat].To(user);
        Assert.Contains(LoginTexts.LoggedIn, Text(sent), StringComparison.Ordinal);
        if (proxy)
        {
            Assert.Contains("どなたの手続きをしますか", Text(sent), StringComparison.Ordinal);
            Assert.Equal(["自分", "委任者1"], Choices(sent).Select(c => c.Label));
            Assert.Matches("委任者1（申請・お知らせ／\\d{4}年\\d{1,2}月\\d{1,2}日まで）", Text(sent));
        }
        else
        {
            Assert.DoesNotContain("どなたの手続きをしますか", Text(sent), StringComparison.Ordinal);
            Assert.DoesNotContain(Choices(sent), c => c.Label == "委任者1");
        }
        Assert.DoesNotContain(PrincipalName, Text(sent), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChoosingAPrincipalShowsTheirApplicationsWithTheMarkerOnEveryMessageUntilBackToSelf()
    {
        var (bot, user, _, _) = await ProxyAsync();
        await using var _bot = bot;
        var (principalApplication, ownApplication) = (await ApplicationsAsync(bot, user));
        List<OutgoingMessage> transcript = [];

        var asked = await bot.SayAsync(user, "代理で操作");
        transcript.AddRange(asked);
        var chosen = await bot.PressAsync(user, Action(asked, "委任者1"));
        transcript.AddRange(chosen);
        var status = await bot.SayAsync(user, "申請状況");
        transcript.AddRange(status);

        Assert.Contains("委任者1の代理で操作します", Text(chosen), StringComparison.Ordinal);
        Assert.All(chosen.Concat(status), reply => Assert.StartsWith(ActingTexts.Marker, Head(reply), StringComparison.Ordinal));
        Assert.Contains(Choices(chosen), c => c.Label == ActingTexts.BackLabel);
        Assert.Equal([principalApplication], ReceiptNumbers(status));

        var back = await bot.PressAsync(user, Action(chosen, ActingTexts.BackLabel));
        var own = await bot.SayAsync(user, "申請状況");
        transcript.AddRange(back.Concat(own));

        Assert.Contains("自分の手続きに戻りました", Text(back), StringComparison.Ordinal);
        Assert.All(back.Concat(own), reply => Assert.DoesNotContain(ActingTexts.Marker, Head(reply), StringComparison.Ordinal));
        Assert.Equal([ownApplication], ReceiptNumbers(own));
        Assert.DoesNotContain(PrincipalName, Text(transcript), StringComparison.Ordinal);
        Assert.DoesNotContain("花子", Text(transcript), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheAccountsItemsAreRefusedWhileActingAndNeverReachThePortal()
    {
        var (bot, user, _, _) = await ProxyAsync();
        await using var _bot = bot;
        await bot.PressAsync(user, ActingActions.Choose((await DelegationOfAsync(bot, user))).ToString());
        var before = bot.Handler.Requests;

        foreach (var replies in new[]
        {
            await bot.SayAsync(user, "アカウント"),
            await bot.PressAsync(user, SessionActions.List.ToString()),
            await bot.PressAsync(user, SessionActions.EndAllConfirmed.ToString()),
            await bot.PressAsync(user, "v1:sites:list"),
        })
        {
            Assert.Contains("代理で操作している間は、アカウントの操作", Text(replies), StringComparison.Ordinal);
            Assert.Contains(Choices(replies), c => c.Label == ActingTexts.BackLabel);
            Assert.All(replies, reply => Assert.StartsWith(ActingTexts.Marker, Head(reply), StringComparison.Ordinal));
        }
        Assert.Equal(before, bot.Handler.Requests);
        Assert.NotNull((await bot.StoredAsync(user)).State.PortalSession?.Acting);
    }

    [Fact]
    public async Task ADelegationRevokedMidConversationEndsActingAtTheNextExchangeAndSaysSo()
    {
        var (bot, user, delegationId, principal) = await ProxyAsync();
        await using var _bot = bot;
        var (_, ownApplication) = await ApplicationsAsync(bot, user, principal);
        await bot.PressAsync(user, ActingActions.Choose(delegationId).ToString());

        await RevokeAsync(delegationId);
        // The delegated token is about to expire: the bot exchanges again, and the portal refuses the revoked delegation.
        var stored = await bot.StoredAsync(user);
        var session = stored.State.PortalSession!;
        await bot.Store.SaveAsync(stored.State with { PortalSession = session with { Acting = session.Acting! with { ExpiresAt = DateTimeOffset.UtcNow } } },
            stored.ETag, CancellationToken.None);
        var replies = await bot.SayAsync(user, "申請状況");

        Assert.Contains("代理の権限が取り消されたか、期間が終わっています。自分の手続きに戻りました。", Text(replies), StringComparison.Ordinal);
        Assert.Null((await bot.StoredAsync(user)).State.PortalSession!.Acting);
        Assert.NotNull((await bot.StoredAsync(user)).State.PortalSession);
        Assert.Equal([ownApplication], ReceiptNumbers(await bot.SayAsync(user, "申請状況")));
    }

    [Fact]
    public async Task APortalAnsweringDelegationEndedEndsActingWithoutAskingForANewLogin()
    {
        var (bot, user, delegationId, _) = await ProxyAsync();
        await using var _bot = bot;
        await bot.PressAsync(user, ActingActions.Choose(delegationId).ToString());
        bot.Handler.Intercept = (request, _) => Task.FromResult(request.RequestUri!.AbsolutePath.EndsWith("/me/applications", StringComparison.Ordinal)
            ? new HttpResponseMessage(HttpStatusCode.Unauthorized)
            {
                Content = JsonContent.Create(new { type = "https://portal.test/problems/delegation-ended", title = "代理の権限が取り消されたか、期間が終わっています。", status = 401 }),
            }
            : null);

        var replies = await bot.SayAsync(user, "申請状況");

        Assert.Contains("代理の権限が取り消されたか、期間が終わっています。自分の手続きに戻りました。", Text(replies), StringComparison.Ordinal);
        Assert.DoesNotContain("ログイン", Text(replies), StringComparison.Ordinal);
        var state = (await bot.StoredAsync(user)).State;
        Assert.NotNull(state.PortalSession);
        Assert.Null(state.PortalSession!.Acting);
        Assert.Null(state.PendingLogin);
    }

    [Fact]
    public async Task AServiceTheDelegationDoesNotNameIsRefusedByThePortalAndTheChatSaysItCannotBeDoneByAProxy()
    {
        var (bot, user, delegationId, _) = await ProxyAsync();
        await using var _bot = bot;
        await bot.PressAsync(user, ActingActions.Choose(delegationId).ToString());

        // やりとり履歴 is not among the delegation's services (申請・お知らせ): the portal answers 403 not-delegated.
        await bot.SayAsync(user, "やりとり履歴");
        var replies = await bot.SayAsync(user, "過去1年間");

        Assert.Contains("この操作は代理では行えません", Text(replies), StringComparison.Ordinal);
        Assert.All(replies, reply => Assert.StartsWith(ActingTexts.Marker, Head(reply), StringComparison.Ordinal));
        Assert.NotNull((await bot.StoredAsync(user)).State.PortalSession?.Acting);
    }

    [Fact]
    public async Task ALoginThatEndsWhileActingEndsActingAndTheNextLoginAsksWhoseProceduresAgain()
    {
        var (bot, user, delegationId, _) = await ProxyAsync();
        await using var _bot = bot;
        await bot.PressAsync(user, ActingActions.Choose(delegationId).ToString());
        var stored = await bot.StoredAsync(user);
        var own = stored.State.PortalSession!;
        // The resident's own login expired (no refresh token): a new login is needed, whatever the delegated token says.
        await bot.Store.SaveAsync(stored.State with { PortalSession = own with { ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-1) } }, stored.ETag,
            CancellationToken.None);
        bot.Handler.Intercept = (request, _) => LoginAnswerAsync(request, own.AccessToken);

        var started = await bot.SayAsync(user, "申請状況");

        Assert.Contains("ログインの有効期限が切れました", Text(started), StringComparison.Ordinal);
        Assert.DoesNotContain(ActingTexts.Marker, Text(started), StringComparison.Ordinal);
        Assert.Null((await bot.StoredAsync(user)).State.PortalSession);

        await bot.Service<LoginPoller>().PollAsync(Assert.Single(bot.Polls.All), CancellationToken.None);

        var sent = bot.Sent[Bot.Core.Messages.Channels.WebChat].To(user);
        Assert.Contains("どなたの手続きをしますか", Text(sent), StringComparison.Ordinal);
        Assert.DoesNotContain(ActingTexts.Marker, Text(sent), StringComparison.Ordinal);
        Assert.Null((await bot.StoredAsync(user)).State.PortalSession!.Acting);
    }

    [Fact]
    public async Task AResidentWhoIsNobodysProxyIsToldSoWhenAskingToAct()
    {
        await RegisterChatbotAsync();
        await using var bot = host.StartBot();
        var user = NewUser();
        await host.LogInStoredAsync(bot, user, Arakawa, clientId: "chatbot");

        var replies = await bot.SayAsync(user, "代理で操作");

        Assert.Contains("代理で操作できる委任者はいません", Text(replies), StringComparison.Ordinal);
        Assert.True(OffersMenu(replies));
    }

    [Fact]
    public async Task TheDelegatedTokenIsStoredSealedNeverInPlain()
    {
        var (bot, user, delegationId, _) = await ProxyAsync();
        await using var _bot = bot;
        await bot.PressAsync(user, ActingActions.Choose(delegationId).ToString());
        var acting = (await bot.StoredAsync(user)).State.PortalSession!.Acting!;

        var raw = await RawConversationAsync(bot, user);

        Assert.DoesNotContain(acting.AccessToken, raw, StringComparison.Ordinal);
        Assert.DoesNotContain(acting.DelegationToken, raw, StringComparison.Ordinal);
        Assert.Contains(delegationId, raw, StringComparison.Ordinal);
    }

    /// <summary>The proxy logged in on a chat of their own (a chatbot login), the principal with an active delegation to them.</summary>
    private async Task<(TestBot Bot, ChannelUser User, string DelegationId, string Principal)> ProxyAsync()
    {
        await RegisterChatbotAsync();
        var bot = host.StartBot();
        var user = NewUser();
        var proxy = await host.LogInStoredAsync(bot, user, Arakawa, clientId: "chatbot");
        var principal = await host.LogInStoredAsync(bot, NewUser(), Arakawa);
        var delegation = await DelegationAsync(principal.AccountId!, proxy.AccountId!, DelegationStates.Active);
        return (bot, user, delegation.Id, principal.AccountId!);
    }

    private static async Task<string> DelegationOfAsync(TestBot bot, ChannelUser user) =>
        Action(await bot.SayAsync(user, "代理で操作"), "委任者1").Split(':')[3];

    /// <summary>One application of the principal's and one of the proxy's own: whose list the chat shows tells who it acts as.</summary>
    private async Task<(string Principal, string Own)> ApplicationsAsync(TestBot bot, ChannelUser user, string? principal = null)
    {
        principal ??= await PrincipalOfAsync();
        var own = (await bot.StoredAsync(user)).State.PortalSession!.AccountId!;
        var ofPrincipal = await PortalApplications.SubmitAsync(host.Portal.Services, principal, TestCatalog.MovingOut, TestCatalog.Arakawa, SubmittedAt,
            (ApplicationStatus.Accepted, StatusActor.Agency, null));
        var ofOwn = await PortalApplications.SubmitAsync(host.Portal.Services, own, TestCatalog.Nursery, TestCatalog.Arakawa, SubmittedAt,
            (ApplicationStatus.Accepted, StatusActor.Agency, null));
        return (ofPrincipal.Id, ofOwn.Id);

        async Task<string> PrincipalOfAsync() =>
            (await host.Portal.Services.GetRequiredService<Delegations>().ReadAsync(await DelegationOfAsync(bot, user), CancellationToken.None))!
                .Document.PrincipalId!;
    }

    private async Task<Delegation> DelegationAsync(string principal, string proxy, string state)
    {
        var now = DateTimeOffset.UtcNow;
        var id = System.Buffers.Text.Base64Url.EncodeToString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        var delegation = new Delegation
        {
            Id = id,
            ResidentId = Delegation.PartitionOf(id),
            Direction = DelegationDirections.PrincipalFirst,
            PrincipalId = principal,
            ProxyId = proxy,
            Invited = new NamedPerson(ProxyName, new DateOnly(1980, 5, 5)),
            PrincipalName = PrincipalName,
            ProxyName = ProxyName,
            Kind = ProxyKinds.Voluntary,
            Services = [DelegatedServices.Applications, DelegatedServices.Notices],
            InformationCategories = [],
            ValidFrom = now.AddDays(-1),
            ValidUntil = now.AddDays(365),
            State = state,
            CreatedAt = now.AddDays(-1),
            AcceptBy = now.AddDays(6),
            AcceptedAt = now.AddDays(-1),
        };
        var delegations = host.Portal.Services.GetRequiredService<Delegations>();
        await delegations.CreateAsync(delegation, principal, CancellationToken.None);
        await delegations.AddReferenceAsync(proxy, id, DelegationRoles.Proxy, now, CancellationToken.None);
        return delegation;
    }

    private async Task RevokeAsync(string delegationId)
    {
        var delegations = host.Portal.Services.GetRequiredService<Delegations>();
        var stored = (await delegations.ReadAsync(delegationId, CancellationToken.None))!;
        await delegations.ReplaceAsync(stored.Document with { State = DelegationStates.Revoked, EndedAt = DateTimeOffset.UtcNow }, stored.ETag,
            CancellationToken.None);
    }

    /// <summary>The chatbot as the portal registers it (with the token exchange), so the bot's exchange is the real one.</summary>
    private async Task RegisterChatbotAsync()
    {
        try
        {
            await host.Portal.Services.GetRequiredService<ClientRepository>()
                .CreateAsync(global::Portal.Testing.Hosting.ChatbotClientKey.Chatbot(DateTimeOffset.UtcNow), CancellationToken.None);
        }
        catch (DuplicateDocumentException)
        {
            // Registered by an earlier test of this host.
        }
    }

    /// <summary>The device flow's answers played (a login's own token, of the chatbot); everything else goes to the real portal.</summary>
    private static async Task<HttpResponseMessage?> LoginAnswerAsync(HttpRequestMessage request, string accessToken)
    {
        var path = request.RequestUri!.AbsolutePath;
        if (path.EndsWith("/oauth/device_authorization", StringComparison.Ordinal))
        {
            return new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = JsonContent.Create(new Dictionary<string, object>
                {
                    ["device_code"] = "device-code", ["user_code"] = "ABCD-EFGH",
                    ["card_request_uri"] = "https://portal.test/api/card-requests/AAAAAAAAAAAAAAAAAAAAAA", ["expires_in"] = 300, ["interval"] = 5,
                }),
            };
        }
        if (path.EndsWith("/oauth/token", StringComparison.Ordinal) && (await request.Content!.ReadAsStringAsync()).Contains("device_code", StringComparison.Ordinal))
        {
            return new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = JsonContent.Create(new Dictionary<string, object> { ["access_token"] = accessToken, ["token_type"] = "Bearer", ["expires_in"] = 600 }),
            };
        }
        return null;
    }

    private static async Task<string> RawConversationAsync(TestBot bot, ChannelUser user)
    {
        var container = bot.Service<Bot.Core.Storage.BotDatabase>().Container(Bot.Core.Storage.BotContainers.Conversations);
        using var response = await container.ReadItemStreamAsync(user.Key, new Microsoft.Azure.Cosmos.PartitionKey(user.Key));
        using var reader = new StreamReader(response.Content);
        return await reader.ReadToEndAsync();
    }

    private static IReadOnlyList<string> ReceiptNumbers(IEnumerable<OutgoingMessage> replies) =>
        [.. Cards(replies).Select(c => c.Fields.Single(f => f.Label == "受付番号").Value)];

    /// <summary>What a message opens with, as the resident sees it first.</summary>
    private static string Head(OutgoingMessage reply) => reply switch
    {
        TextMessage text => text.Text,
        ChoicesMessage choices => choices.Text,
        LinkMessage link => link.Text,
        CardsMessage cards => cards.AltText,
        ImageMessage image => image.AltText,
        _ => "",
    };
}
