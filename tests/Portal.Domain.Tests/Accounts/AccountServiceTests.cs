using Portal.Domain.Accounts;
using Portal.Domain.Accounts.Confirmation;
using Portal.Domain.Residents;
using Portal.Testing;

namespace Portal.Domain.Tests.Accounts;

/// <summary>Sign-in by certificate and account deletion against the real local Cosmos-protocol server.</summary>
public sealed class AccountServiceTests(AccountsFixture fixture) : IClassFixture<AccountsFixture>
{
    private const string Issuer = AccountsFixture.Issuer;

    private readonly ManualClock _clock = new(AccountsFixture.Now);
    private readonly CancellationToken _ct = CancellationToken.None;

    private AccountsServices Services => fixture.Services(_clock);

    private AccountService Accounts => Services.Accounts;

    [Fact]
    public async Task TheFirstSignInCreatesOnePendingAccountAndTheNextFindsIt()
    {
        var serial = AccountsFixture.NewSerial();

        var first = await Accounts.SignInAsync(Issuer, serial, "chatbot", _ct);
        var second = await Accounts.SignInAsync(Issuer, serial, "web", _ct);

        Assert.Equal(first.Id, second.Id);
        Assert.Equal(AccountStates.Pending, first.State);
        Assert.Matches("^acc-[A-Za-z0-9_-]{22}$", first.Id);
        Assert.DoesNotContain(serial, first.Id, StringComparison.OrdinalIgnoreCase);
        Assert.Equal([new AccountCertificate(Issuer, serial, AccountsFixture.Now)], (await Accounts.GetAsync(first.Id, _ct)).Certificates);
    }

    [Fact]
    public async Task ConcurrentFirstSignInsWithOneCertificateMakeExactlyOneAccount()
    {
        var serial = AccountsFixture.NewSerial();

        var accounts = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            fixture.Services(_clock).Accounts.SignInAsync(Issuer, serial, $"client-{i}", _ct)));

        Assert.Single(accounts.Select(a => a.Id).Distinct());
        var claim = await Services.Claims.FindAsync(Issuer, serial, _ct);
        Assert.Equal(accounts[0].Id, claim!.AccountId);
        Assert.Equal(8, (await Services.HistoryOfAsync(accounts[0].Id)).Count(r => r.Operation == AccountOperations.SignIn));
    }

    [Fact]
    public void TheClaimIdNamesTheCertificateNotTheResidentAndIgnoresHowTheSerialIsSpelled()
    {
        Assert.Equal(CertificateClaim.IdOf(Issuer, "0a1b"), CertificateClaim.IdOf(Issuer, "0A1B"));
        Assert.NotEqual(CertificateClaim.IdOf(Issuer, "0A1B"), CertificateClaim.IdOf("CN=Another CA", "0A1B"));
        Assert.Matches("^cert-[A-Za-z0-9_-]{43}$", CertificateClaim.IdOf(Issuer, "0A1B"));
    }

    [Fact]
    public async Task AnotherCertificateOrTheSameSerialFromAnotherIssuerIsAnotherAccount()
    {
        var serial = AccountsFixture.NewSerial();

        var hanako = await Accounts.SignInAsync(Issuer, serial, "chatbot", _ct);
        var other = await Accounts.SignInAsync(Issuer, AccountsFixture.NewSerial(), "chatbot", _ct);
        var otherIssuer = await Accounts.SignInAsync("CN=Another CA", serial, "chatbot", _ct);

        Assert.NotEqual(hanako.Id, other.Id);
        Assert.NotEqual(hanako.Id, otherIssuer.Id);
    }

    [Fact]
    public async Task EverySignInIsInTheAccountsOperationHistory()
    {
        var serial = AccountsFixture.NewSerial();
        var account = await Accounts.SignInAsync(Issuer, serial, "chatbot", _ct);
        _clock.Advance(TimeSpan.FromSeconds(1));
        await Accounts.SignInAsync(Issuer, serial, "web", _ct);

        var history = await Services.HistoryOfAsync(account.Id);

        Assert.Equal(["web", "chatbot"], history.Select(r => r.ClientId));
        Assert.All(history, r => Assert.Equal(AccountService.SignInOperation, r.Operation));
    }

    [Fact]
    public async Task AnUnknownAccountIsNotFound()
    {
        await Assert.ThrowsAsync<AccountNotFoundException>(() => Accounts.GetAsync(AccountService.NewAccountId(), _ct));
        await Assert.ThrowsAsync<AccountNotFoundException>(() => Accounts.GetAsync("../etc", _ct));
    }

    [Fact]
    public async Task DeletingRemovesTheAccountClaimsAndCodesButKeepsTheHistoryEndingWithTheDeletion()
    {
        var serial = AccountsFixture.NewSerial();
        var (account, resident) = await Services.RegisteredAsync(serial: serial);
        await Services.Settings.StartEmailChangeAsync(resident, AccountsFixture.NewEmail(), _ct);
        _clock.Advance(TimeSpan.FromSeconds(1));

        await Accounts.DeleteAsync(resident, _ct);

        await Assert.ThrowsAsync<AccountNotFoundException>(() => Accounts.GetAsync(account.Id, _ct));
        Assert.Null(await Services.Claims.FindAsync(Issuer, serial, _ct));
        var refused = await Assert.ThrowsAsync<ConfirmationRefusedException>(() =>
            Services.Confirmations.GetAsync(ConfirmationPurposes.EmailChange, account.Id, _ct));
        Assert.Equal(ConfirmationRefusal.NotStarted, refused.Refusal);
        var history = await Services.HistoryOfAsync(account.Id);
        Assert.Equal(AccountOperations.Delete, history[0].Operation);
        Assert.Contains(history, r => r.Operation == AccountOperations.RegistrationConfirm);

        var again = await Accounts.SignInAsync(Issuer, serial, "web", _ct);
        Assert.NotEqual(account.Id, again.Id);
        Assert.Equal(AccountStates.Pending, again.State);
    }

    [Fact]
    public async Task DeletingAnAccountThatIsGoneIsNotFoundAndRecordsNothing()
    {
        var resident = ResidentContext.Self(AccountService.NewAccountId(), "web");

        await Assert.ThrowsAsync<AccountNotFoundException>(() => Accounts.DeleteAsync(resident, _ct));

        Assert.Empty(await Services.HistoryOfAsync(resident.PrincipalId));
    }
}
