using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Bot.Core.Conversations;
using Bot.Core.Messages;
using Bot.Core.Proxies.Appointing;
using Bot.Core.Storage;
using Bot.Core.Tests.Support;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contracts.Proxies;
using Portal.Domain.Accounts.Profile;
using Delegations = Portal.Domain.Proxies.Delegations;
using DelegationStates = Portal.Domain.Proxies.DelegationStates;
using Portal.Testing;
using static Bot.Core.Tests.Support.Transcript;

namespace Bot.Core.Tests.Proxies.Appointing;

/// <summary>
/// アカウント → 代理人 in the chat against the real portal API: the guided form both ways round through to the card
/// request's link and code (the portal lists the pending delegation), the portal's refusals in its words with nothing
/// stored, the lists with the other party's family name only, and 取り消す / 辞任する after a confirmation, stale and
/// another resident's buttons doing nothing. The residents start with 利用者情報 as read from their card.
/// </summary>
[Collection(BotTestCollection.Name)]
public sealed class AppointingChatTests(BotTestHost host)
{
    private static readonly RememberedLocalGovernment Arakawa = new(TestCatalog.Arakawa, "荒川区（東京都）");

    private static DateOnly Today => DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(9)).DateTime);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task TheGuidedFormAppointsAProxyAndShowsTheLinkAndCodeForTheProxysOwnCard()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        var token = await LogInAsync(bot, user, "山田 花子");
        var until = Today.AddYears(1);

        var menu = await bot.PressAsync(user, Action(await bot.SayAsync(user, "アカウント"), "代理人"));
        Assert.Equal(["代理人一覧", "委任者一覧", "代理人を指定する", "代理人になる（委任を受ける）", "アカウント", "ホーム"], Choices(menu).Select(c => c.Label));
        var askName = await bot.PressAsync(user, Action(menu, "代理人を指定する"));
        Assert.Contains("代理人になる方の氏名を、マイナンバーカードに記載のとおり入力してください", Text(askName));
        Assert.Contains("代理人になる方の生年月日", Text(await bot.SayAsync(user, "鈴木 一郎")));
        var kinds = await bot.SayAsync(user, "平成2年4月1日");
        Assert.Equal(["任意代理人", "親権者", "未成年後見人", "成年後見人", "やめる"], Choices(kinds).Select(c => c.Label));
        var services = await bot.PressAsync(user, Action(kinds, "任意代理人"));
        services = await bot.PressAsync(user, Action(services, "申請"));
        services = await bot.PressAsync(user, Action(services, "わたしの情報"));
        Assert.Equal(["✓ 申請", "✓ わたしの情報", "やりとり履歴", "お知らせ", "操作履歴", "次へ", "やめる"], Choices(services).Select(c => c.Label));
        await AssertFormSealedAsync(bot, user);
        var groups = await bot.PressAsync(user, Action(services, "次へ"));
        var tax = await bot.PressAsync(user, Action(groups, "税・所得・口座（0）"));
        tax = await bot.PressAsync(user, Action(tax, "税・所得"));
        Assert.Contains("✓ 税・所得", Choices(tax).Select(c => c.Label));
        groups = await bot.PressAsync(user, Action(tax, "分野の一覧に戻る"));
        Assert.Contains("選択中: 税・所得", Text(groups));
        var askUntil = await bot.PressAsync(user, Action(groups, "次へ"));
        Assert.Contains("任意代理人の期間は5年以内です", Text(askUntil));
        var review = await bot.SayAsync(user, Day(until));

        Assert.Contains("代理人になる方: 鈴木 一郎 さん（平成2年4月1日生まれ）", Text(review));
        Assert.Contains("種類: 任意代理人", Text(review));
        Assert.Contains("サービス: 申請、わたしの情報（税・所得）", Text(review));
        Assert.Empty((await PortalListAsync(token, "proxies")).Items);

        var started = await bot.PressAsync(user, Action(review, "この内容で設定する"));

        var link = started.OfType<LinkMessage>().Single();
        Assert.Contains("代理人になる方が、ご自身のマイナンバーカードでこのリンクを開き、コードを入力してください", link.Text);
        Assert.Matches(new Regex("コードを入力してください: [A-Z0-9-]{4,}（"), link.Text);
        Assert.True(link.Url.IsAbsoluteUri);
        var pending = Assert.Single((await PortalListAsync(token, "proxies")).Items);
        Assert.Equal(("pending", "鈴木 一郎", "voluntary"), (pending.State, pending.OtherName, pending.Kind));
        Assert.Equal(["applications", "information"], pending.Services);
        Assert.Equal(["tax-income"], pending.InformationCategories);
        Assert.Equal((Day(Today), Day(until)), (pending.ValidFrom, pending.ValidUntil));
        // Sent: the typed name and date of birth are gone from the conversation, and never logged.
        Assert.Null((await bot.StoredAsync(user)).State.ProxyAppointment);
        Assert.DoesNotContain("鈴木", bot.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain("1990-04-01", bot.Logs.All, StringComparison.Ordinal);

        var check = await bot.PressAsync(user, Action(started, "確認する"));

        Assert.Contains("まだです", Text(check));
    }

    [Fact]
    public async Task AskingToBecomeAProxyNamesThePrincipalWhoseOwnCardAccepts()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        var token = await LogInAsync(bot, user, "鈴木 一郎");

        var askName = await bot.PressAsync(user, AppointingActions.BecomeProxy.ToString());
        Assert.Contains("ご本人（委任する方）の氏名", Text(askName));
        await bot.SayAsync(user, "山田　花子");
        var kinds = await bot.SayAsync(user, "1980/1/15");
        var services = await bot.PressAsync(user, Action(kinds, "成年後見人"));
        services = await bot.PressAsync(user, Action(services, "お知らせ"));
        var askUntil = await bot.PressAsync(user, Action(services, "次へ"));
        Assert.DoesNotContain("5年以内", Text(askUntil));
        var review = await bot.SayAsync(user, Day(Today.AddYears(6)));
        Assert.Contains("ご本人（委任する方）: 山田　花子 さん（昭和55年1月15日生まれ）", Text(review));
        Assert.Contains("種類: 成年後見人", Text(review));

        var started = await bot.PressAsync(user, Action(review, "この内容で設定する"));

        Assert.Contains("ご本人（委任する方）が、ご自身のマイナンバーカードでこのリンクを開き", started.OfType<LinkMessage>().Single().Text);
        var pending = Assert.Single((await PortalListAsync(token, "principals")).Items);
        Assert.Equal(("legal", "adult-guardian", "proxy-first"), (pending.Kind, pending.LegalBasis, pending.Direction));
        Assert.Equal(["notices"], pending.Services);
        Assert.Empty((await PortalListAsync(token, "proxies")).Items);
    }

    [Theory]
    [InlineData("active", "登録されました。代理人の設定が有効になりました。")]
    [InlineData("declined", "本人確認ができませんでした。設定は登録されていません。")]
    [InlineData("revoked", "その代理人の設定は、すでに終了しています。")]
    public async Task CheckingSaysWhatThePortalDecidedOnTheOtherPersonsCard(string decided, string said)
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        var token = await LogInAsync(bot, user, "山田 花子");
        var started = await bot.PressAsync(user, Action(await FillAsync(bot, user, "鈴木 一郎", Today.AddYears(1)), "この内容で設定する"));
        var id = Assert.Single((await PortalListAsync(token, "proxies")).Items).Id;
        await DecideAsync(id, decided);

        var check = await bot.PressAsync(user, Action(started, "確認する"));

        Assert.Contains(said, Text(check));
    }

    [Fact]
    public async Task AVoluntaryPeriodOverFiveYearsIsRefusedInThePortalsWordsAndNothingIsStored()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        var token = await LogInAsync(bot, user, "山田 花子");
        var review = await FillAsync(bot, user, "鈴木 一郎", Today.AddYears(5).AddDays(1));

        var refused = await bot.PressAsync(user, Action(review, "この内容で設定する"));

        Assert.Contains("代理人の設定を受け付けられませんでした。代理人の設定内容に誤りがあります。任意代理人の期間は5年以内にしてください。", Text(refused));
        Assert.Contains("設定は保存されていません", Text(refused));
        Assert.Empty(refused.OfType<LinkMessage>());
        Assert.Empty((await PortalListAsync(token, "proxies")).Items);
        Assert.Null((await bot.StoredAsync(user)).State.ProxyAppointment);
    }

    [Fact]
    public async Task WithoutProfileTheChatSaysWhatThePortalNeedsFirst()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        await host.LogInStoredAsync(bot, user, Arakawa);
        var review = await FillAsync(bot, user, "鈴木 一郎", Today.AddYears(1));

        var refused = await bot.PressAsync(user, Action(review, "この内容で設定する"));

        Assert.Contains("利用者情報がまだ登録されていません", Text(refused));
    }

    [Fact]
    public async Task QuittingOrTurningElsewhereForgetsTheTypedNameAndSendsNothing()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        var token = await LogInAsync(bot, user, "山田 花子");
        await bot.PressAsync(user, AppointingActions.AppointProxy.ToString());
        var askBirth = await bot.SayAsync(user, "鈴木 一郎");

        var quit = await bot.PressAsync(user, Action(askBirth, "やめる"));

        Assert.Contains("入力した内容は残っていません", Text(quit));
        Assert.Null((await bot.StoredAsync(user)).State.ProxyAppointment);
        await bot.PressAsync(user, AppointingActions.AppointProxy.ToString());
        await bot.SayAsync(user, "鈴木 一郎");
        await bot.SayAsync(user, "ホーム");
        Assert.Null((await bot.StoredAsync(user)).State.ProxyAppointment);
        // A summary's button after that is stale.
        Assert.Contains("そのボタンは古くなった", Text(await bot.PressAsync(user, AppointingActions.Submit.ToString())));
        Assert.Empty((await PortalListAsync(token, "proxies")).Items);
    }

    [Fact]
    public async Task TheListsShowTheOtherPartysFamilyNameOnlyWithKindServicesPeriodAndState()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        var token = await LogInAsync(bot, user, "山田 花子");
        await PortalStartAsync(token, "proxies", "鈴木 一郎", Today.AddYears(1), ["applications", "information"], ["tax-income", "pension"]);
        await PortalStartAsync(token, "principals/requests", "佐藤 次郎", Today.AddMonths(6), ["exchanges"], []);

        var proxies = await bot.PressAsync(user, AppointingActions.Proxies.ToString());
        var principals = await bot.SayAsync(user, "委任者一覧");

        var proxy = Assert.Single(Cards(proxies));
        Assert.Equal(("鈴木 ○○ さん", "承認待ち"), (proxy.Title, proxy.Subtitle));
        Assert.Equal(["種類: 任意代理人", "サービス: 申請、わたしの情報（税・所得、年金）", $"期間: {Wareki(Today)}から{Wareki(Today.AddYears(1))}まで"],
            proxy.Fields.Select(f => $"{f.Label}: {f.Value}"));
        Assert.Equal(["確認する", "取り消す"], proxy.Buttons.Select(b => b.Label));
        Assert.DoesNotContain("一郎", Text(proxies));
        Assert.Contains("名字のみ表示", Text(proxies));
        var principal = Assert.Single(Cards(principals));
        Assert.Equal("佐藤 ○○ さん", principal.Title);
        Assert.Equal("サービス: やりとり履歴", $"{principal.Fields[1].Label}: {principal.Fields[1].Value}");
        Assert.Equal(["確認する", "取り下げる"], principal.Buttons.Select(b => b.Label));
        Assert.DoesNotContain("次郎", Text(principals));
    }

    [Fact]
    public async Task RevokingAnActiveProxyAsksWhatItMeansThenThePortalShowsItRevoked()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        var token = await LogInAsync(bot, user, "山田 花子");
        var id = await ActiveAsync(token, "鈴木 一郎");
        var list = await bot.PressAsync(user, AppointingActions.Proxies.ToString());
        var card = Assert.Single(Cards(list));
        Assert.Equal("有効", card.Subtitle);
        Assert.Equal(["取り消す"], card.Buttons.Select(b => b.Label));

        var asked = await bot.PressAsync(user, card.Buttons.Single().Action!);

        Assert.Contains("取り消すと、代理人はすぐにあなたの手続きができなくなります", Text(asked));
        Assert.Equal(["取り消す", "やめる"], Choices(asked).Select(c => c.Label));
        Assert.Equal("active", (await PortalDelegationAsync(token, id)).State);

        var revoked = await bot.PressAsync(user, Action(asked, "取り消す"));

        Assert.Contains("取り消しました。代理人は、もうあなたの手続きができません。", Text(revoked));
        Assert.Equal("revoked", (await PortalDelegationAsync(token, id)).State);
        Assert.Empty(Cards(await bot.PressAsync(user, AppointingActions.Proxies.ToString())).Single().Buttons);
    }

    [Fact]
    public async Task StoppingAtTheConfirmationKeepsTheDelegation()
    {
        await using var bot = host.StartBot();
        var user = NewUser();
        var token = await LogInAsync(bot, user, "山田 花子");
        var id = await ActiveAsync(token, "鈴木 一郎");
        var asked = await bot.PressAsync(user, AppointingActions.AskEnd(DelegationRoles.Principal, id).ToString());

        var kept = await bot.PressAsync(user, Action(asked, "やめる"));

        Assert.Contains("取り消しをやめました。代理人の設定はそのままです。", Text(kept));
        Assert.Single(Cards(kept));
        Assert.Equal("active", (await PortalDelegationAsync(token, id)).State);
    }

    [Fact]
    public async Task AStaleButtonAndAnotherResidentsIdEndNothing()
    {
        await using var bot = host.StartBot();
        var mine = NewUser();
        var theirs = NewUser();
        var token = await LogInAsync(bot, mine, "山田 花子");
        await LogInAsync(bot, theirs, "田中 三郎");
        var id = await ActiveAsync(token, "鈴木 一郎");
        var asked = await bot.PressAsync(mine, AppointingActions.AskEnd(DelegationRoles.Principal, id).ToString());

        var forgedRevoke = await bot.PressAsync(theirs, AppointingActions.End(DelegationRoles.Principal, id).ToString());
        var forgedResign = await bot.PressAsync(theirs, AppointingActions.End(DelegationRoles.Proxy, id).ToString());

        Assert.Contains("その代理人の設定は見つかりません", Text(forgedRevoke));
        Assert.Contains("その代理人の設定は見つかりません", Text(forgedResign));
        Assert.DoesNotContain("鈴木", Text(forgedRevoke));
        Assert.Equal("active", (await PortalDelegationAsync(token, id)).State);

        await bot.PressAsync(mine, Action(asked, "取り消す"));
        var deletes = CountDeletes(bot);
        var again = await bot.PressAsync(mine, Action(asked, "取り消す"));

        Assert.Contains("すでに終了しています", Text(again));
        Assert.Equal(0, deletes());
    }

    [Fact]
    public async Task AProxyResignsFromTheirPrincipalsList()
    {
        await using var bot = host.StartBot();
        var principal = NewUser();
        var proxy = NewUser();
        var token = await LogInAsync(bot, principal, "山田 花子");
        var proxyToken = await LogInAsync(bot, proxy, "鈴木 一郎");
        var proxyAccount = Account(proxyToken);
        var id = await ActiveAsync(token, "鈴木 一郎", proxyAccount);
        var list = await bot.SayAsync(proxy, "委任者一覧");
        var card = Assert.Single(Cards(list));
        Assert.Equal(("山田 ○○ さん", "辞任する"), (card.Title, card.Buttons.Single().Label));

        var asked = await bot.PressAsync(proxy, card.Buttons.Single().Action!);
        Assert.Contains("山田 ○○ さん の代理人を辞任します", Text(asked));
        var resigned = await bot.PressAsync(proxy, Action(asked, "辞任する"));

        Assert.Contains("辞任しました", Text(resigned));
        Assert.Equal("resigned", (await PortalDelegationAsync(token, id)).State);
    }

    /// <summary>Fills 代理人を指定する as a voluntary proxy for 申請 up to the summary.</summary>
    private static async Task<IReadOnlyList<OutgoingMessage>> FillAsync(TestBot bot, ChannelUser user, string name, DateOnly until)
    {
        await bot.PressAsync(user, AppointingActions.AppointProxy.ToString());
        await bot.SayAsync(user, name);
        var kinds = await bot.SayAsync(user, "1990-04-01");
        var services = await bot.PressAsync(user, Action(kinds, "任意代理人"));
        services = await bot.PressAsync(user, Action(services, "申請"));
        await bot.PressAsync(user, Action(services, "次へ"));
        return await bot.SayAsync(user, Day(until));
    }

    /// <summary>While the form is open its name and date of birth are sealed in the stored document.</summary>
    private static async Task AssertFormSealedAsync(TestBot bot, ChannelUser user)
    {
        var container = bot.Service<BotDatabase>().Container(BotContainers.Conversations);
        using var response = await container.ReadItemStreamAsync(user.Key, new PartitionKey(user.Key));
        using var raw = await JsonDocument.ParseAsync(response.Content);
        var form = raw.RootElement.EnumerateObject().Single(p => p.NameEquals("proxyAppointment") || p.NameEquals("ProxyAppointment")).Value;
        var fields = form.EnumerateObject().ToDictionary(p => p.Name.ToLowerInvariant(), p => p.Value.ToString());
        Assert.StartsWith("enc1.", fields["name"], StringComparison.Ordinal);
        Assert.StartsWith("enc1.", fields["dateofbirth"], StringComparison.Ordinal);
        Assert.DoesNotContain("1990-04-01", raw.RootElement.GetRawText(), StringComparison.Ordinal);
        Assert.Equal("鈴木 一郎", (await bot.StoredAsync(user)).State.ProxyAppointment?.Name);
    }

    /// <summary>A registered resident with 利用者情報 read from their card, logged in in the user's conversation.</summary>
    private async Task<string> LogInAsync(TestBot bot, ChannelUser user, string name)
    {
        var now = DateTimeOffset.UtcNow;
        var profile = new ResidentProfile(name, "東京都荒川区荒川1-1", new DateOnly(1980, 1, 15), "2", ProfileSources.Card, now, now);
        var session = await host.LogInStoredAsync(bot, user, Arakawa, profile);
        return session.AccessToken;
    }

    private static string Account(string token) =>
        JsonDocument.Parse(Convert.FromBase64String(Pad(token.Split('.')[1]))).RootElement.GetProperty("sub").GetString()!;

    private static string Pad(string part) => part.Replace('-', '+').Replace('_', '/') + new string('=', (4 - part.Length % 4) % 4);

    /// <summary>
    /// A delegation started through the portal, then marked accepted as the portal's finalizer writes it once the proxy's
    /// card answered (the card itself is exercised by the portal's own tests).
    /// </summary>
    private async Task<string> ActiveAsync(string token, string proxyName, string? proxyAccount = null)
    {
        var started = await PortalStartAsync(token, "proxies", proxyName, Today.AddYears(1), ["applications"], []);
        var delegations = host.Portal.Services.GetRequiredService<Delegations>();
        var stored = (await delegations.ReadAsync(started.Delegation.Id, CancellationToken.None))!;
        var proxy = proxyAccount ?? $"proxy-{Guid.NewGuid():N}";
        var now = DateTimeOffset.UtcNow;
        await delegations.ReplaceAsync(stored.Document with
        {
            State = DelegationStates.Active, ProxyId = proxy, ProxyName = proxyName, AcceptedAt = now,
        }, stored.ETag, CancellationToken.None);
        await delegations.AddReferenceAsync(proxy, started.Delegation.Id, "proxy", now, CancellationToken.None);
        return started.Delegation.Id;
    }

    /// <summary>The delegation as the portal's finalizer leaves it once the card answered (or the principal cancelled).</summary>
    private async Task DecideAsync(string id, string state)
    {
        var delegations = host.Portal.Services.GetRequiredService<Delegations>();
        var stored = (await delegations.ReadAsync(id, CancellationToken.None))!;
        var now = DateTimeOffset.UtcNow;
        await delegations.ReplaceAsync(state == DelegationStates.Active
            ? stored.Document with { State = state, ProxyId = $"proxy-{Guid.NewGuid():N}", ProxyName = "鈴木 一郎", AcceptedAt = now }
            : stored.Document with { State = state, EndedAt = now, DeclineReason = state == DelegationStates.Declined ? "本人確認ができませんでした" : null },
            stored.ETag, CancellationToken.None);
    }

    private async Task<AppointmentStarted> PortalStartAsync(
        string token, string path, string name, DateOnly until, string[] services, string[] categories)
    {
        using var http = host.Portal.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/me/{path}")
        {
            Content = JsonContent.Create(new AppointmentRequest(name, "1990-04-01", "voluntary", null, services, categories, Day(Today), Day(until))),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<AppointmentStarted>())!;
    }

    private async Task<DelegationList> PortalListAsync(string token, string collection)
    {
        using var response = await PortalGetAsync($"/api/me/{collection}", token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<DelegationList>())!;
    }

    private async Task<DelegationView> PortalDelegationAsync(string token, string id)
    {
        using var response = await PortalGetAsync($"/api/me/proxies/{id}", token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<DelegationView>())!;
    }

    private async Task<HttpResponseMessage> PortalGetAsync(string path, string token)
    {
        using var http = host.Portal.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await http.SendAsync(request);
    }

    private static string Wareki(DateOnly day) => Bot.Core.Forms.JapaneseDates.Format(Day(day));

    /// <summary>How many DELETEs the bot sends the portal from now on.</summary>
    private static Func<int> CountDeletes(TestBot bot)
    {
        var deletes = 0;
        bot.Handler.Intercept = (request, _) =>
        {
            if (request.Method == HttpMethod.Delete)
            {
                Interlocked.Increment(ref deletes);
            }
            return Task.FromResult<HttpResponseMessage?>(null);
        };
        return () => Volatile.Read(ref deletes);
    }
}
