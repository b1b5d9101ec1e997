using Portal.Domain.Accounts;
using Portal.Domain.Tests.Identity.DeviceAuthorization;
using Portal.Testing;

namespace Portal.Domain.Tests.Accounts;

/// <summary>Sign-in by certificate against the real local Cosmos-protocol server.</summary>
public sealed class AccountServiceTests(IdentityStoreFixture fixture) : IClassFixture<IdentityStoreFixture>
{
    private const string Issuer = "CN=Test Authentication CA, O=JPKI, C=JP";

    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);
    private readonly CancellationToken _ct = CancellationToken.None;

    private AccountService Accounts => fixture.Accounts(_clock);

    [Fact]
    public async Task TheFirstSignInCreatesOnePendingAccountAndTheNextFindsIt()
    {
        var serial = NewSerial();

        var first = await Accounts.SignInAsync(Issuer, serial, "chatbot", _ct);
        var second = await Accounts.SignInAsync(Issuer, serial, "web", _ct);

        Assert.Equal(first.Id, second.Id);
        Assert.Equal(AccountStates.Pending, first.State);
        Assert.Matches("^acc-[A-Za-z0-9_-]{22}$", first.Id);
        Assert.DoesNotContain(serial, first.Id, StringComparison.OrdinalIgnoreCase);
        Assert.Equal([new AccountCertificate(Issuer, serial)], (await Accounts.GetAsync(first.Id, _ct)).Certificates);
    }

    [Fact]
    public async Task AnotherCertificateOrTheSameSerialFromAnotherIssuerIsAnotherAccount()
    {
        var serial = NewSerial();

        var hanako = await Accounts.SignInAsync(Issuer, serial, "chatbot", _ct);
        var other = await Accounts.SignInAsync(Issuer, NewSerial(), "chatbot", _ct);
        var otherIssuer = await Accounts.SignInAsync("CN=Another CA", serial, "chatbot", _ct);

        Assert.NotEqual(hanako.Id, other.Id);
        Assert.NotEqual(hanako.Id, otherIssuer.Id);
    }

    [Fact]
    public async Task EverySignInIsInTheAccountsOperationHistory()
    {
        var serial = NewSerial();
        var account = await Accounts.SignInAsync(Issuer, serial, "chatbot", _ct);
        _clock.Advance(TimeSpan.FromSeconds(1));
        await Accounts.SignInAsync(Issuer, serial, "web", _ct);

        var page = await fixture.History(_clock).ListAsync(account.Id, _clock.GetUtcNow().AddHours(-1), _clock.GetUtcNow().AddHours(1), 10, null, _ct);

        Assert.Equal(["web", "chatbot"], page.Items.Select(r => r.ClientId));
        Assert.All(page.Items, r => Assert.Equal(AccountService.SignInOperation, r.Operation));
    }

    [Fact]
    public async Task AnUnknownAccountIsNotFound()
    {
        await Assert.ThrowsAsync<AccountNotFoundException>(() => Accounts.GetAsync(AccountService.NewAccountId(), _ct));
        await Assert.ThrowsAsync<AccountNotFoundException>(() => Accounts.GetAsync("../etc", _ct));
    }

    private static string NewSerial() => Convert.ToHexString(Guid.NewGuid().ToByteArray());
}
