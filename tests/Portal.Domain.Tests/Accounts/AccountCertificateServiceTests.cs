using Portal.Domain.Accounts;
using Portal.Domain.Accounts.Certificates;
using Portal.Domain.Identity.CardRequests;
using Portal.Testing;

namespace Portal.Domain.Tests.Accounts;

/// <summary>
/// Adding a renewed card's certificate. The signer's answer is written straight into the card request here (its
/// verification has tests of its own); the HTTP tests run the real signer.
/// </summary>
public sealed class AccountCertificateServiceTests(AccountsFixture fixture) : IClassFixture<AccountsFixture>
{
    private readonly ManualClock _clock = new(AccountsFixture.Now);
    private readonly CancellationToken _ct = CancellationToken.None;

    private AccountsServices Services => fixture.Services(_clock);

    [Fact]
    public async Task TheNewCardsCertificateIsAddedOnceAndSignsInToTheSameAccount()
    {
        var (account, resident) = await Services.RegisteredAsync();
        var request = await Services.Certificates.StartAsync(resident, _ct);
        var serial = AccountsFixture.NewSerial();
        await AnswerAsync(request.Id, serial);
        _clock.Advance(TimeSpan.FromSeconds(5));

        var added = await Services.Certificates.CompleteAsync(resident, request.Id, _ct);
        var again = await Services.Certificates.CompleteAsync(resident, request.Id, _ct);
        var signedIn = await Services.Accounts.SignInAsync(AccountsFixture.Issuer, serial, "web", _ct);

        Assert.True(added.Added);
        Assert.False(again.Added);
        Assert.Equal(new AccountCertificate(AccountsFixture.Issuer, serial, _clock.Now), added.Certificate);
        Assert.Equal(2, (await Services.Certificates.ListAsync(resident, _ct)).Count);
        Assert.Equal(account.Id, signedIn.Id);
        Assert.Equal(new CardRequestContext(AccountCertificateService.ContextKind, account.Id), request.Request.Context);
    }

    [Fact]
    public async Task ACertificateAnotherAccountHoldsIsRefused()
    {
        var (_, resident) = await Services.RegisteredAsync();
        var otherSerial = AccountsFixture.NewSerial();
        await Services.Accounts.SignInAsync(AccountsFixture.Issuer, otherSerial, "web", _ct);
        var request = await Services.Certificates.StartAsync(resident, _ct);
        await AnswerAsync(request.Id, otherSerial);

        await Assert.ThrowsAsync<CertificateHeldElsewhereException>(() => Services.Certificates.CompleteAsync(resident, request.Id, _ct));

        Assert.Single(await Services.Certificates.ListAsync(resident, _ct));
    }

    [Fact]
    public async Task AnUnansweredRequestIsPendingAndAnExpiredOneIsRefused()
    {
        var (_, resident) = await Services.RegisteredAsync();
        var request = await Services.Certificates.StartAsync(resident, _ct);

        await Assert.ThrowsAsync<CardRequestPendingException>(() => Services.Certificates.CompleteAsync(resident, request.Id, _ct));
        _clock.Now = request.ExpiresAt;
        var expired = await Assert.ThrowsAsync<CardRequestRefusedException>(() => Services.Certificates.CompleteAsync(resident, request.Id, _ct));

        Assert.Equal(CardRequestRefusal.Expired, expired.Refusal);
    }

    [Fact]
    public async Task AnotherAccountsRequestOrAnUnknownIdIsNotFound()
    {
        var (_, hanako) = await Services.RegisteredAsync();
        var (_, taro) = await Services.RegisteredAsync();
        var request = await Services.Certificates.StartAsync(hanako, _ct);
        await AnswerAsync(request.Id, AccountsFixture.NewSerial());

        await Assert.ThrowsAsync<CardRequestNotFoundException>(() => Services.Certificates.CompleteAsync(taro, request.Id, _ct));
        await Assert.ThrowsAsync<CardRequestNotFoundException>(() => Services.Certificates.CompleteAsync(taro, "not-a-request", _ct));
        Assert.Single(await Services.Certificates.ListAsync(taro, _ct));
    }

    [Fact]
    public async Task OnlyARegisteredAccountAddsCertificates()
    {
        var account = await Services.Accounts.SignInAsync(AccountsFixture.Issuer, AccountsFixture.NewSerial(), "web", _ct);

        await Assert.ThrowsAsync<AccountStateException>(() =>
            Services.Certificates.StartAsync(Portal.Domain.Residents.ResidentContext.Self(account.Id, "web"), _ct));
    }

    /// <summary>What the card request service records when the signer's login answer verifies.</summary>
    private async Task AnswerAsync(string requestId, string serial)
    {
        var stored = (await Services.CardRequestRepository.FindAsync(requestId, _ct))!;
        await Services.CardRequestRepository.ReplaceAsync(stored.Document with
        {
            State = CardRequestStates.Completed,
            Outcome = new CardRequestOutcome(_clock.Now, AccountsFixture.Issuer, serial),
        }, stored.ETag, _ct);
    }
}
