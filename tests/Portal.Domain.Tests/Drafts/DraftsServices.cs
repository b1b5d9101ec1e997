using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Accounts;
using Portal.Domain.Drafts;
using Portal.Domain.Drafts.Attachments;
using Portal.Domain.Drafts.Prefill;
using Portal.Domain.Email;
using Portal.Domain.Forms;
using Portal.Domain.OperationHistory;
using Portal.Domain.Procedures.Catalog;
using Portal.Domain.Procedures.Offerings;
using Portal.Domain.Procedures.Serving;
using Portal.Domain.Procedures.Storage;
using Portal.Domain.Procedures.Templates;
using Portal.Domain.Residents;
using Portal.Domain.Storage;
using Portal.Domain.Tests.Storage;
using Portal.Testing;

namespace Portal.Domain.Tests.Drafts;

/// <summary>
/// The drafts feature's services over one clock and malware scanner, registered as the host registers them, with
/// the fixture's catalog and <see cref="Options"/> (read at each use, so a test may change them).
/// </summary>
public sealed class DraftsServices
{
    private readonly TimeProvider _clock;
    private readonly ServiceProvider _services;

    public DraftsServices(DraftsFixture fixture, TimeProvider clock, IMalwareScanner scanner)
    {
        _clock = clock;
        var settings = TestServices.Settings();
        _services = TestServices.Over(fixture.Database, fixture.Storage)
            .AddEmail(settings)
            .AddOperationHistory()
            .AddAccounts()
            .AddForms()
            .AddDrafts(settings)
            .AddSingleton(clock)
            .AddSingleton(scanner)
            .AddSingleton(fixture.Catalog)
            .AddSingleton(Microsoft.Extensions.Options.Options.Create(Options))
            .BuildServiceProvider();
    }

    public DraftOptions Options { get; } = new();

    public DraftRepository Repository => _services.GetRequiredService<DraftRepository>();

    public AttachmentStore Attachments => _services.GetRequiredService<AttachmentStore>();

    public OperationHistoryStore History => _services.GetRequiredService<OperationHistoryStore>();

    public AccountRepository Accounts => _services.GetRequiredService<AccountRepository>();

    public DraftService Drafts => _services.GetRequiredService<DraftService>();

    public DraftExpiry Expiry => _services.GetRequiredService<DraftExpiry>();

    public DraftPrefillService Prefill => _services.GetRequiredService<DraftPrefillService>();

    public async Task<IReadOnlyList<OperationRecord>> HistoryOfAsync(ResidentContext resident)
    {
        var now = _clock.GetUtcNow();
        return (await History.ListAsync(resident.PrincipalId, now.AddDays(-400), now.AddDays(400), 100, null, CancellationToken.None)).Items;
    }
}
