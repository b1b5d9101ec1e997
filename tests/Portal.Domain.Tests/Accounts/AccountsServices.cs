using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Portal.Domain.Accounts;
using Portal.Domain.Accounts.Certificates;
using Portal.Domain.Accounts.Confirmation;
using Portal.Domain.Accounts.Registration;
using Portal.Domain.Accounts.Settings;
using Portal.Domain.Email;
using Portal.Domain.Identity.CardRequests;
using Portal.Domain.OperationHistory;
using Portal.Domain.Storage;
using Portal.Domain.Terms;
using Portal.Domain.Tests.Storage;
using Portal.Testing;

namespace Portal.Domain.Tests.Accounts;

/// <summary>The account feature's services over one clock, wired as the host wires them.</summary>
public sealed class AccountsServices
{
    public AccountsServices(PortalDatabase database, StorageAccount storage, TimeProvider clock)
    {
        Clock = clock;
        History = new OperationHistoryStore(database, clock);
        Repository = new AccountRepository(database);
        Claims = new CertificateClaimRepository(database);
        Confirmations = new EmailConfirmationStore(database, clock);
        Terms = new TermsRepository(database);
        CardRequestRepository = new CardRequestRepository(database);
        CardRequests = new CardRequestService(CardRequestRepository, () => throw new InvalidOperationException("no validator in these tests"),
            Options.Create(new CardRequestOptions { Audience = AccountsFixture.Audience }), clock);
        var outbox = new EmailOutbox(storage);
        Accounts = new AccountService(Repository, Claims, Confirmations, History, clock);
        Registration = new RegistrationService(Accounts, Repository, Confirmations, Terms, outbox, History, clock);
        Settings = new AccountSettingsService(Accounts, Repository, Confirmations, Terms, outbox, History, clock);
        Certificates = new AccountCertificateService(Accounts, Repository, Claims, CardRequests, CardRequestRepository, History, clock);
        Reader = new OperationHistoryReader(History, clock);
    }

    public TimeProvider Clock { get; }

    public OperationHistoryStore History { get; }

    public AccountRepository Repository { get; }

    public CertificateClaimRepository Claims { get; }

    public EmailConfirmationStore Confirmations { get; }

    public TermsRepository Terms { get; }

    public CardRequestRepository CardRequestRepository { get; }

    public CardRequestService CardRequests { get; }

    public AccountService Accounts { get; }

    public RegistrationService Registration { get; }

    public AccountSettingsService Settings { get; }

    public AccountCertificateService Certificates { get; }

    public OperationHistoryReader Reader { get; }

    /// <summary>A registered account (through the real registration, with a code re-issued so the test knows it).</summary>
    public async Task<(Account Account, Residents.ResidentContext Resident)> RegisteredAsync(string? email = null, string? serial = null)
    {
        var ct = CancellationToken.None;
        var account = await Accounts.SignInAsync(AccountsFixture.Issuer, serial ?? AccountsFixture.NewSerial(), "web", ct);
        var resident = Residents.ResidentContext.Self(account.Id, "web");
        var address = email ?? AccountsFixture.NewEmail();
        await Registration.StartAsync(resident, new RegistrationInput(address, true, AccountsFixture.TermsVersion), ct);
        var code = await ReissueAsync(ConfirmationPurposes.Registration, account.Id, address, true, AccountsFixture.TermsVersion);
        return (await Registration.ConfirmAsync(resident, code, ct), resident);
    }

    /// <summary>Sending again replaces the code: the test's own issue gives it a code it knows.</summary>
    public async Task<string> ReissueAsync(string purpose, string accountId, string email, bool? notifications = null, string? terms = null) =>
        (await Confirmations.IssueAsync(purpose, accountId, email, notifications, terms, CancellationToken.None)).Code;

    public async Task<IReadOnlyList<OperationRecord>> HistoryOfAsync(string accountId)
    {
        var now = Clock.GetUtcNow();
        return (await History.ListAsync(accountId, now.AddDays(-1), now.AddDays(1), 100, null, CancellationToken.None)).Items;
    }
}
