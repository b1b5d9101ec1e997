using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Contracts.CardRequests;
using Portal.Domain.Accounts;
using Portal.Domain.Identity.Sessions;
using Portal.Domain.Identity.Tokens;
using Portal.Domain.Residents;
using Portal.Domain.Storage;
using Portal.Domain.Tests.Identity.DeviceAuthorization;
using Portal.Testing;

namespace Portal.Domain.Tests.Identity.Sessions;

/// <summary>The one per-request check, against logins stored on the real local Cosmos-protocol server.</summary>
public sealed class ResidentAccessCheckTests(IdentityStoreFixture fixture) : IClassFixture<IdentityStoreFixture>
{
    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);
    private readonly CancellationToken _ct = CancellationToken.None;

    [Fact]
    public async Task AnEndedLoginStillPassesWithinTheCacheDurationAndIsRefusedOnceItHasPassed()
    {
        var services = fixture.Services(_clock);
        var check = services.GetRequiredService<ResidentAccessCheck>();
        var (account, claims) = await LogInAsync(services);
        await check.RequireAsync(claims, _ct);

        await services.GetRequiredService<SessionService>().EndAsync(ResidentContext.Self(account.Id, "chatbot"), claims.SessionId!, _ct);
        _clock.Advance(TimeSpan.FromSeconds(29));
        await check.RequireAsync(claims, _ct);
        _clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal("session ended", (await Assert.ThrowsAsync<InvalidAccessTokenException>(() => check.RequireAsync(claims, _ct))).Reason);
    }

    [Fact]
    public async Task TheCacheIsNeverLongerThanThirtySecondsWhateverTheSetting()
    {
        var services = fixture.Services(_clock);
        var check = new ResidentAccessCheck(services.GetServices<IAccessStateCheck>(),
            Options.Create(new SessionOptions { CheckCacheDuration = TimeSpan.FromMinutes(10) }), _clock);
        var (account, claims) = await LogInAsync(services);
        await check.RequireAsync(claims, _ct);

        await services.GetRequiredService<AccountService>().DeleteAsync(ResidentContext.Self(account.Id, "chatbot"), _ct);
        _clock.Advance(SessionOptions.MaxCheckCacheDuration);

        await Assert.ThrowsAsync<InvalidAccessTokenException>(() => check.RequireAsync(claims, _ct));
    }

    [Fact]
    public async Task ATokenWithoutALoginOrWithAnotherAccountsLoginIsRefused()
    {
        var services = fixture.Services(_clock);
        var check = services.GetRequiredService<ResidentAccessCheck>();
        var (_, claims) = await LogInAsync(services);

        await Assert.ThrowsAsync<InvalidAccessTokenException>(() => check.RequireAsync(claims with { SessionId = null }, _ct));
        await Assert.ThrowsAsync<InvalidAccessTokenException>(
            () => check.RequireAsync(claims with { Subject = AccountService.NewAccountId() }, _ct));
        await Assert.ThrowsAsync<InvalidAccessTokenException>(() => check.RequireAsync(claims with { ClientId = "other-bot" }, _ct));
    }

    private async Task<(Account Account, AccessTokenClaims Claims)> LogInAsync(IServiceProvider services)
    {
        var account = (await new DocumentStore<Account>(fixture.Database.Container(PortalContainers.Residents)).CreateAsync(new Account
        {
            Id = AccountService.NewAccountId(),
            Certificates = [new AccountCertificate("CN=test", Guid.NewGuid().ToString("N"))],
            State = AccountStates.Registered,
            CreatedAt = _clock.GetUtcNow(),
        }, _ct)).Document;
        var tokens = await services.GetRequiredService<ResidentTokenIssuer>().IssueAsync(
            account, IdentityStoreFixture.Client("chatbot"), ["portal"], _clock.GetUtcNow(), DeviceKinds.Line, null, _ct);
        return (account, await fixture.Tokens(_clock).ValidateAsync(tokens.AccessToken));
    }
}
