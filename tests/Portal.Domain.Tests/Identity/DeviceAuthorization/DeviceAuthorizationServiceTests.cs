using Microsoft.Extensions.DependencyInjection;
using MynaCard.Jpki;
using Portal.Contracts.CardRequests;
using Portal.Domain.Identity.CardRequests;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Identity.DeviceAuthorization;
using Portal.Domain.Identity.Tokens;
using Portal.Domain.Storage;
using Portal.Domain.Tests.Identity.CardRequests;
using Portal.Domain.Tests.Identity.Certificates;
using Portal.Testing;

namespace Portal.Domain.Tests.Identity.DeviceAuthorization;

public sealed class DeviceAuthorizationServiceTests(IdentityStoreFixture fixture) : IClassFixture<IdentityStoreFixture>
{
    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);
    private readonly CancellationToken _ct = CancellationToken.None;

    private DeviceAuthorizationService Devices => fixture.Devices(_clock);

    private static RegisteredClient Client(string id) => IdentityStoreFixture.Client(id);

    [Fact]
    public async Task StartMakesALoginCardRequestAndStoresOnlyTheHashOfTheDeviceCode()
    {
        var started = await Devices.StartAsync(Client("chatbot"), "openid portal", DeviceKinds.Line, _ct);

        Assert.Matches("^[BCDFGHJKLMNPQRSTVWXZ]{4}-[BCDFGHJKLMNPQRSTVWXZ]{4}$", started.UserCode);
        Assert.Equal(TimeSpan.FromSeconds(5), started.Interval);
        Assert.InRange(started.ExpiresIn, TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(5));
        var view = await fixture.CardRequests(_clock).GetViewAsync(started.CardRequestId, _ct);
        Assert.Equal(CardRequestPurposes.Login, view.Purpose);
        Assert.Contains("チャットボット", view.Description);
        Assert.Equal(DeviceKinds.Line, view.Requester.DeviceKind);
        // The code the chat shows is the code the signer asks for.
        Assert.NotNull((await fixture.CardRequests(_clock).ConfirmCodeAsync(started.CardRequestId, started.UserCode, _ct)).DataToSign);
        var store = Store();
        Assert.Null(await store.ReadAsync(started.DeviceCode, started.DeviceCode, _ct));
        var stored = (await store.ReadAsync(DeviceAuthorizationService.HashOf(started.DeviceCode), DeviceAuthorizationService.HashOf(started.DeviceCode), _ct))!.Document;
        Assert.Equal(started.CardRequestId, stored.CardRequestId);
        Assert.Equal("openid portal", stored.Scope);
        Assert.Equal(DeviceKinds.Line, stored.DeviceKind);
        Assert.Equal(started.UserCode.Replace("-", ""), stored.UserCode);
    }

    [Fact]
    public async Task AClientWithoutTheGrantIsUnauthorizedAndAScopeItMayNotHaveIsInvalid()
    {
        await AssertError(OAuthErrors.UnauthorizedClient, () => Devices.StartAsync(Client("agency"), null, null, _ct));
        await AssertError(OAuthErrors.InvalidScope, () => Devices.StartAsync(Client("other-bot"), "openid", null, _ct));
    }

    [Theory]
    [InlineData("LINE")]
    [InlineData("phone")]
    [InlineData("")]
    public async Task ADeviceKindOutsideTheListIsAnInvalidRequest(string kind) =>
        await AssertError(OAuthErrors.InvalidRequest, () => Devices.StartAsync(Client("chatbot"), null, kind, _ct));

    [Fact]
    public async Task BeforeTheCardAnswersThePollIsAuthorizationPending()
    {
        var started = await Devices.StartAsync(Client("chatbot"), null, null, _ct);

        await AssertError(OAuthErrors.AuthorizationPending, () => Devices.PollAsync(Client("chatbot"), started.DeviceCode, _ct));
        _clock.Advance(TimeSpan.FromSeconds(5));
        await AssertError(OAuthErrors.AuthorizationPending, () => Devices.PollAsync(Client("chatbot"), started.DeviceCode, _ct));
    }

    [Fact]
    public async Task PollingFasterThanTheIntervalIsSlowDownAndEachAddsFiveSeconds()
    {
        var started = await Devices.StartAsync(Client("chatbot"), null, null, _ct);
        await AssertError(OAuthErrors.AuthorizationPending, () => Devices.PollAsync(Client("chatbot"), started.DeviceCode, _ct));

        _clock.Advance(TimeSpan.FromSeconds(2));
        await AssertError(OAuthErrors.SlowDown, () => Devices.PollAsync(Client("chatbot"), started.DeviceCode, _ct));
        Assert.Equal(10, (await ReadAsync(started.DeviceCode)).Interval);

        _clock.Advance(TimeSpan.FromSeconds(6));
        await AssertError(OAuthErrors.SlowDown, () => Devices.PollAsync(Client("chatbot"), started.DeviceCode, _ct));
        Assert.Equal(15, (await ReadAsync(started.DeviceCode)).Interval);

        _clock.Advance(TimeSpan.FromSeconds(15));
        await AssertError(OAuthErrors.AuthorizationPending, () => Devices.PollAsync(Client("chatbot"), started.DeviceCode, _ct));
    }

    [Theory]
    [InlineData(4.0, OAuthErrors.AuthorizationPending)] // a second early: network jitter, on time
    [InlineData(4.5, OAuthErrors.AuthorizationPending)]
    [InlineData(3.9, OAuthErrors.SlowDown)] // more than the allowance early: too fast
    public async Task APollAtTheIntervalLessAJitterAllowanceIsOnTime(double secondsLater, string expected)
    {
        var started = await Devices.StartAsync(Client("chatbot"), null, null, _ct);
        await AssertError(OAuthErrors.AuthorizationPending, () => Devices.PollAsync(Client("chatbot"), started.DeviceCode, _ct));

        _clock.Advance(TimeSpan.FromSeconds(secondsLater));

        await AssertError(expected, () => Devices.PollAsync(Client("chatbot"), started.DeviceCode, _ct));
        Assert.Equal(expected == OAuthErrors.SlowDown ? 10 : 5, (await ReadAsync(started.DeviceCode)).Interval);
    }

    [Fact]
    public async Task AFailureBetweenTheCardsAnswerAndTheTokensKeepsTheDeviceCodeForTheNextPoll()
    {
        var started = await Devices.StartAsync(Client("chatbot"), "portal", null, _ct);
        await CompleteAsync(started, fixture.Pki.Issue());
        // No signing key: the sign-in happens, then issuing the access token fails.
        var broken = fixture.Services(_clock, tokens: new TokenOptions { Issuer = IdentityStoreFixture.TokenSettings.Issuer })
            .GetRequiredService<DeviceAuthorizationService>();

        await Assert.ThrowsAnyAsync<Exception>(() => broken.PollAsync(Client("chatbot"), started.DeviceCode, _ct));
        Assert.Equal(DeviceAuthorizationStates.Pending, (await ReadAsync(started.DeviceCode)).State);
        _clock.Advance(TimeSpan.FromSeconds(5));
        var tokens = await Devices.PollAsync(Client("chatbot"), started.DeviceCode, _ct);

        Assert.StartsWith("acc-", tokens.Subject);
        var spent = await ReadAsync(started.DeviceCode);
        Assert.Equal(DeviceAuthorizationStates.Approved, spent.State);
        Assert.Equal(tokens.Subject, spent.AccountId);
        Assert.Null(spent.ClaimId);
    }

    [Fact]
    public async Task TooFastPollsDuringTheWinningPollCannotMakeItFail()
    {
        for (var round = 0; round < 5; round++)
        {
            var started = await Devices.StartAsync(Client("chatbot"), "portal", null, _ct);
            await AssertError(OAuthErrors.AuthorizationPending, () => Devices.PollAsync(Client("chatbot"), started.DeviceCode, _ct));
            await CompleteAsync(started, fixture.Pki.Issue());
            var early = fixture.Devices(new ManualClock(_clock.GetUtcNow() + TimeSpan.FromSeconds(1)));
            var onTime = fixture.Devices(new ManualClock(_clock.GetUtcNow() + TimeSpan.FromSeconds(5)));

            var winner = Task.Run(() => onTime.PollAsync(Client("chatbot"), started.DeviceCode, _ct));
            var answers = new List<string>();
            while (!winner.IsCompleted)
            {
                answers.Add((await Assert.ThrowsAsync<OAuthErrorException>(() => early.PollAsync(Client("chatbot"), started.DeviceCode, _ct))).Error);
            }

            Assert.StartsWith("acc-", (await winner).Subject);
            Assert.All(answers, a => Assert.Contains(a, new[] { OAuthErrors.SlowDown, OAuthErrors.AuthorizationPending, OAuthErrors.InvalidGrant }));
            Assert.Equal(DeviceAuthorizationStates.Approved, (await ReadAsync(started.DeviceCode)).State);
        }
    }

    [Fact]
    public async Task OfTwoPollsAtOnceAfterTheCardAnsweredExactlyOneGetsTheTokens()
    {
        var started = await Devices.StartAsync(Client("chatbot"), "portal", null, _ct);
        await CompleteAsync(started, fixture.Pki.Issue());
        var first = fixture.Devices(_clock);
        var second = fixture.Devices(_clock);

        var polls = await Task.WhenAll(Outcome(first), Outcome(second));

        Assert.Single(polls, p => p.Tokens is not null);
        Assert.Single(polls, p => p.Error is OAuthErrors.AuthorizationPending or OAuthErrors.InvalidGrant or OAuthErrors.SlowDown);
        Assert.Equal(polls.Single(p => p.Tokens is not null).Tokens!.Subject, (await ReadAsync(started.DeviceCode)).AccountId);

        async Task<(IssuedTokens? Tokens, string? Error)> Outcome(DeviceAuthorizationService devices)
        {
            try
            {
                return (await devices.PollAsync(Client("chatbot"), started.DeviceCode, _ct), null);
            }
            catch (OAuthErrorException e)
            {
                return (null, e.Error);
            }
        }
    }

    [Fact]
    public async Task AnExpiredOrUnknownDeviceCodeIsExpiredToken()
    {
        var started = await Devices.StartAsync(Client("chatbot"), null, null, _ct);

        _clock.Advance(started.ExpiresIn);

        await AssertError(OAuthErrors.ExpiredToken, () => Devices.PollAsync(Client("chatbot"), started.DeviceCode, _ct));
        await AssertError(OAuthErrors.ExpiredToken, () => Devices.PollAsync(Client("chatbot"), "never-issued", _ct));
    }

    [Fact]
    public async Task ACompletedLoginGivesTokensForTheNewPendingAccountOnceAndThenInvalidGrant()
    {
        var card = fixture.Pki.Issue();
        var started = await Devices.StartAsync(Client("chatbot"), "portal", null, _ct);
        await CompleteAsync(started, card);

        var tokens = await Devices.PollAsync(Client("chatbot"), started.DeviceCode, _ct);

        var claims = await fixture.Tokens(_clock).ValidateAsync(tokens.AccessToken);
        Assert.Equal(tokens.Subject, claims.Subject);
        Assert.StartsWith("acc-", claims.Subject);
        Assert.Equal("chatbot", claims.ClientId);
        // A first sign-in makes a pending account: it may register, not yet use the portal.
        Assert.Equal(["registration"], claims.Scopes);
        Assert.False(claims.IsAgency);
        Assert.NotNull(tokens.RefreshToken);
        Assert.Null(tokens.IdToken);
        Assert.Equal(tokens.Subject, (await ReadAsync(started.DeviceCode)).AccountId);
        _clock.Advance(TimeSpan.FromSeconds(5));
        await AssertError(OAuthErrors.InvalidGrant, () => Devices.PollAsync(Client("chatbot"), started.DeviceCode, _ct));
    }

    [Fact]
    public async Task ADeviceCodeOfAnotherClientIsInvalidGrant()
    {
        var started = await Devices.StartAsync(Client("chatbot"), null, null, _ct);

        await AssertError(OAuthErrors.InvalidGrant, () => Devices.PollAsync(Client("other-bot"), started.DeviceCode, _ct));
    }

    [Fact]
    public async Task ACardRequestBurnedByRefusedAnswersIsAccessDenied()
    {
        var started = await Devices.StartAsync(Client("chatbot"), null, null, _ct);
        var cardRequests = fixture.CardRequests(_clock);
        for (var i = 0; i < CardRequest.MaxFailedAttempts; i++)
        {
            await Assert.ThrowsAsync<CardRequestRefusedException>(() =>
                cardRequests.CompleteWithSignatureAsync(started.CardRequestId, new CardSignatureSubmission("not base64!", null), _ct));
        }

        await AssertError(OAuthErrors.AccessDenied, () => Devices.PollAsync(Client("chatbot"), started.DeviceCode, _ct));
    }

    private async Task CompleteAsync(DeviceAuthorizationStart started, TestCard card)
    {
        var cardRequests = fixture.CardRequests(_clock);
        var view = await cardRequests.ConfirmCodeAsync(started.CardRequestId, started.UserCode, _ct);
        var signature = await CardSigner.SignAsync(card.File, JpkiKey.Authentication, Convert.FromBase64String(view.DataToSign!));
        await cardRequests.CompleteWithSignatureAsync(started.CardRequestId,
            new CardSignatureSubmission(Convert.ToBase64String(signature), Convert.ToBase64String(card.AuthenticationCertificate)), _ct);
    }

    private DocumentStore<Domain.Identity.DeviceAuthorization.DeviceAuthorization> Store() =>
        new(fixture.Database.Container(PortalContainers.CardRequests));

    private async Task<Domain.Identity.DeviceAuthorization.DeviceAuthorization> ReadAsync(string deviceCode)
    {
        var id = DeviceAuthorizationService.HashOf(deviceCode);
        return (await Store().ReadAsync(id, id, _ct))!.Document;
    }

    private static async Task AssertError(string error, Func<Task> act) =>
        Assert.Equal(error, (await Assert.ThrowsAsync<OAuthErrorException>(act)).Error);
}
