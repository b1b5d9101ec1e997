using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Accounts;
using Portal.Domain.Accounts.Certificates;
using Portal.Domain.Accounts.Confirmation;
using Portal.Domain.Accounts.Profile;
using Portal.Domain.Accounts.Registration;
using Portal.Domain.Accounts.Settings;
using Portal.Domain.Email;
using Portal.Domain.Identity.CardRequests;
using Portal.Domain.Identity.Certificates;
using Portal.Domain.OperationHistory;
using Portal.Domain.Storage;
using Portal.Domain.Terms;
using Portal.Domain.Tests.Storage;

namespace Portal.Domain.Tests.Accounts;

/// <summary>
/// The account feature's services over one clock, registered as the host registers them (no trust anchors: these
/// tests never complete a card request).
/// </summary>
public sealed class AccountsServices
{
    public AccountsServices(PortalDatabase database, StorageAccount storage, TimeProvider clock)
    {
        Clock = clock;
        var settings = TestServices.Settings(("Identity:Tokens:Issuer", $"{AccountsFixture.Audience}/api"));
        var services = TestServices.Over(database, storage)
            .AddEmail(settings)
            .AddOperationHistory()
            .AddCertificates(settings)
            .AddCardRequests(settings)
            .AddAccounts()
            .AddSingleton(clock)
            .BuildServiceProvider();
        History = services.GetRequiredService<OperationHistoryStore>();
        Repository = services.GetRequiredService<AccountRepository>();
        Claims = services.GetRequiredService<CertificateClaimRepository>();
        Confirmations = services.GetRequiredService<EmailConfirmationStore>();
        Terms = services.GetRequiredService<TermsRepository>();
        CardRequestRepository = services.GetRequiredService<CardRequestRepository>();
        CardRequests = services.GetRequiredService<CardRequestService>();
        Accounts = services.GetRequiredService<AccountService>();
        Registration = services.GetRequiredService<RegistrationService>();
        Settings = services.GetRequiredService<AccountSettingsService>();
        Certificates = services.GetRequiredService<AccountCertificateService>();
        Reader = services.GetRequiredService<OperationHistoryReader>();
        Profiles = services.GetRequiredService<ProfileService>();
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

    public ProfileService Profiles { get; }

    /// <summary>A registered account (through the real registration, with a code re-issued so the test knows it).</summary>
    public async Task<(Account Account, Portal.Domain.Residents.ResidentContext Resident)> RegisteredAsync(string? email = null, string? serial = null)
    {
        var ct = CancellationToken.None;
        var account = await Accounts.SignInAsync(AccountsFixture.Issuer, serial ?? AccountsFixture.NewSerial(), "web", ct);
        var resident = Portal.Domain.Residents.ResidentContext.Self(account.Id, "web");
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
