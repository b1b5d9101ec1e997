using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contracts.Accounts.Events;
using Portal.Contracts.CardRequests;
using Portal.Contracts.Sessions.Events;
using Portal.Domain.Accounts;
using Portal.Domain.Identity.DeviceAuthorization;
using Portal.Domain.Identity.Sessions;
using Portal.Domain.Identity.Tokens;
using Portal.Domain.OperationHistory;
using Portal.Domain.Residents;
using Portal.Domain.Storage;
using Portal.Domain.Tests.Identity.DeviceAuthorization;
using Portal.Testing;

namespace Portal.Domain.Tests.Identity.Sessions;

/// <summary>ログイン中の端末 on the real local Cosmos-protocol server: every login a session, listed and ended by the resident.</summary>
public sealed class SessionServiceTests(IdentityStoreFixture fixture) : IClassFixture<IdentityStoreFixture>
{
    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);
    private readonly CancellationToken _ct = CancellationToken.None;

    private ServiceProvider Services => fixture.Services(_clock);

    private SessionService Sessions => Services.GetRequiredService<SessionService>();

    [Fact]
    public async Task ALoginIsListedWithItsClientDeviceKindAndTimesAndARefreshMovesItsLastUse()
    {
        var account = await NewAccountAsync();
        var startedAt = _clock.GetUtcNow();
        var login = await LogInAsync(account, DeviceKinds.Line);
        _clock.Advance(TimeSpan.FromMinutes(8));

        await Issuer.RefreshAsync(IdentityStoreFixture.Client("chatbot"), login.RefreshToken, null, _ct);

        var session = Assert.Single(await Sessions.ListAsync(Self(account), _ct));
        Assert.Equal(await SessionOfAsync(login), session.Id);
        Assert.Equal(("チャットボット", DeviceKinds.Line), (session.ClientName, session.DeviceKind));
        Assert.Equal(startedAt, session.StartedAt);
        Assert.Equal(startedAt.AddMinutes(8), session.LastUsedAt);
    }

    [Fact]
    public async Task EndingALoginEndsItsRefreshTokenAndIsRecordedInTheHistory()
    {
        var account = await NewAccountAsync();
        var login = await LogInAsync(account, DeviceKinds.WebChat);
        var sessionId = await SessionOfAsync(login);

        await Sessions.EndAsync(Self(account), sessionId, _ct);

        Assert.Empty(await Sessions.ListAsync(Self(account), _ct));
        Assert.Equal(OAuthErrors.InvalidGrant, (await Assert.ThrowsAsync<OAuthErrorException>(
            () => Issuer.RefreshAsync(IdentityStoreFixture.Client("chatbot"), login.RefreshToken, null, _ct))).Error);
        Assert.Contains((SessionOperations.End, sessionId, OperationOutcome.Succeeded), await HistoryOfAsync(account));
    }

    [Fact]
    public async Task AnotherResidentsLoginIsNotFoundAndStaysActive()
    {
        var owner = await NewAccountAsync();
        var other = await NewAccountAsync();
        var sessionId = await SessionOfAsync(await LogInAsync(owner, DeviceKinds.Line));

        await Assert.ThrowsAsync<SessionNotFoundException>(() => Sessions.EndAsync(Self(other), sessionId, _ct));

        Assert.Empty(await Sessions.ListAsync(Self(other), _ct));
        Assert.Single(await Sessions.ListAsync(Self(owner), _ct));
    }

    [Fact]
    public async Task EndingAllEndsEveryLoginOfTheAccountAndNoOneElses()
    {
        var account = await NewAccountAsync();
        var neighbour = await NewAccountAsync();
        await LogInAsync(account, DeviceKinds.Line);
        await LogInAsync(account, DeviceKinds.Teams);
        await LogInAsync(neighbour, DeviceKinds.Line);

        var ended = await Sessions.EndAllAsync(Self(account), _ct);

        Assert.Equal(2, ended);
        Assert.Empty(await Sessions.ListAsync(Self(account), _ct));
        Assert.Single(await Sessions.ListAsync(Self(neighbour), _ct));
        Assert.Contains((SessionOperations.EndAll, "2", OperationOutcome.Succeeded), await HistoryOfAsync(account));
    }

    [Fact]
    public async Task DeletingTheAccountEndsItsLogins()
    {
        var account = await NewAccountAsync();
        var login = await LogInAsync(account, DeviceKinds.Line);
        var sessionId = await SessionOfAsync(login);

        await Services.GetRequiredService<AccountService>().DeleteAsync(Self(account), _ct);

        Assert.Null(await Services.GetRequiredService<SessionRepository>().FindAsync(account.Id, sessionId, _ct));
    }

    [Fact]
    public async Task DeletingTheAccountEndsItsRefreshFamilyAndTellsTheChatbotToForgetIt()
    {
        var account = await NewAccountAsync();
        var login = await LogInAsync(account, DeviceKinds.Line);

        await Services.GetRequiredService<AccountService>().DeleteAsync(Self(account), _ct);

        var familyId = login.RefreshToken![..login.RefreshToken!.IndexOf('.')];
        Assert.Null(await Services.GetRequiredService<RefreshTokenStore>().FindFamilyAsync(familyId, _ct));
        var messages = (await fixture.Storage.Queue(fixture.BotEventsQueue).PeekMessagesAsync(32, _ct)).Value;
        var deleted = messages.Select(m => JsonDocument.Parse(m.Body.ToString()).RootElement)
            .Single(e => e.GetProperty("kind").GetString() == AccountDeletedNotice.EventKind
                && e.GetProperty("residentId").GetString() == account.Id);
        Assert.Equal(["residentId", "at", "kind"], deleted.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task RevokingTheRefreshTokenEndsTheLoginToo()
    {
        var account = await NewAccountAsync();
        var login = await LogInAsync(account, DeviceKinds.Line);

        Assert.True(await Services.GetRequiredService<RefreshTokenStore>().RevokeAsync(login.RefreshToken, "chatbot", _ct));

        Assert.Empty(await Sessions.ListAsync(Self(account), _ct));
    }

    [Fact]
    public async Task ANewLoginIsHandedToTheChatbotWithItsClientDeviceKindAndTimeButNothingAboutThePerson()
    {
        var account = await NewAccountAsync();
        var login = await LogInAsync(account, DeviceKinds.Teams);
        var sessionId = await SessionOfAsync(login);

        var notice = await NoticeOfAsync(sessionId);

        Assert.Equal(new NewLoginNotice(account.Id, sessionId, "チャットボット", DeviceKinds.Teams, _clock.GetUtcNow()), notice);
        Assert.Equal(NewLoginNotice.EventKind, notice.Kind);
    }

    private ResidentTokenIssuer Issuer => Services.GetRequiredService<ResidentTokenIssuer>();

    private Task<IssuedTokens> LogInAsync(Account account, string deviceKind) =>
        Issuer.IssueAsync(account, IdentityStoreFixture.Client("chatbot"), ["openid", "portal"], _clock.GetUtcNow(), deviceKind, null, _ct);

    private async Task<string> SessionOfAsync(IssuedTokens tokens) =>
        (await fixture.Tokens(_clock).ValidateAsync(tokens.AccessToken)).SessionId!;

    private static ResidentContext Self(Account account) => ResidentContext.Self(account.Id, "chatbot");

    private async Task<Account> NewAccountAsync() =>
        (await new DocumentStore<Account>(fixture.Database.Container(PortalContainers.Residents)).CreateAsync(new Account
        {
            Id = AccountService.NewAccountId(),
            Certificates = [new AccountCertificate("CN=test", Guid.NewGuid().ToString("N"))],
            State = AccountStates.Registered,
            CreatedAt = _clock.GetUtcNow(),
        }, _ct)).Document;

    private async Task<List<(string, string?, OperationOutcome)>> HistoryOfAsync(Account account) =>
        (await fixture.History(_clock).ListAsync(account.Id, _clock.GetUtcNow().AddDays(-1), _clock.GetUtcNow().AddDays(1), 100, null, _ct))
        .Items.Select(r => (r.Operation, r.Target, r.Outcome)).ToList();

    /// <summary>The notice of this login among the fixture queue's messages (other tests of the class add theirs).</summary>
    private async Task<NewLoginNotice> NoticeOfAsync(string sessionId)
    {
        var queue = fixture.Storage.Queue(fixture.BotEventsQueue);
        var messages = await queue.PeekMessagesAsync(32, _ct);
        return messages.Value
            .Select(m => JsonSerializer.Deserialize<NewLoginNotice>(m.Body.ToString(), JsonSerializerOptions.Web)!)
            .Single(n => n.SessionId == sessionId);
    }
}
