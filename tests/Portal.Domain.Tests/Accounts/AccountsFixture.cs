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

/// <summary>
/// The containers the account feature touches on the real local Cosmos-protocol server, the real e-mail outbox
/// queue (Azurite) and one terms version in effect from <see cref="TermsEffectiveAt"/>. Services per test clock.
/// </summary>
public sealed class AccountsFixture : IAsyncLifetime
{
    public const string Audience = "https://portal.example";
    public const string Issuer = "CN=Test Authentication CA, O=JPKI, C=JP";
    public const string TermsVersion = "2026-04-01";

    public static readonly DateTimeOffset TermsEffectiveAt = new(2026, 4, 1, 0, 0, 0, TimeSpan.FromHours(9));

    /// <summary>A time the test terms are in effect (and no later version is).</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    private readonly CosmosDatabaseFixture _cosmos = new();

    public PortalDatabase Database { get; private set; } = null!;

    public StorageAccount Storage { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await _cosmos.InitializeAsync();
        Database = new PortalDatabase(_cosmos.Client, Options.Create(new CosmosOptions { Database = _cosmos.Database.Id }));
        await Database.CreateIfNotExistsAsync(
            [PortalContainers.Residents, PortalContainers.OperationHistory, PortalContainers.Grants, PortalContainers.Terms, PortalContainers.CardRequests],
            CancellationToken.None);
        var stack = await LocalStack.GetAsync();
        Storage = StorageAccount.FromConfiguration(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [StorageAccount.ConnectionName] = stack.Storage.ConnectionString })
            .Build());
        await new TermsRepository(Database).PublishAsync(new TermsVersion
        {
            Id = TermsVersion,
            Title = "マイナポータル利用規約",
            Body = "第1条 この規約は、マイナポータルの利用について定めます。",
            EffectiveAt = TermsEffectiveAt,
            PublishedAt = TermsEffectiveAt.AddDays(-30),
        }, CancellationToken.None);
    }

    public AccountsServices Services(TimeProvider clock) => new(Database, Storage, clock);

    public async Task DisposeAsync() => await _cosmos.DisposeAsync();

    public static string NewSerial() => Convert.ToHexString(Guid.NewGuid().ToByteArray());

    public static string NewEmail() => Portal.Testing.Privacy.TestEmails.Unique("resident");
}
