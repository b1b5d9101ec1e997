using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Portal.Domain.Accounts;
using Portal.Domain.Drafts;
using Portal.Domain.Drafts.Attachments;
using Portal.Domain.Email;
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

/// <summary>The drafts feature's services over one clock, wired as the host wires them.</summary>
public sealed class DraftsServices(DraftsFixture fixture, TimeProvider clock, IMalwareScanner scanner)
{
    public DraftOptions Options { get; } = new();

    public DraftRepository Repository { get; } = new(fixture.Database);

    public AttachmentStore Attachments { get; } = new(fixture.Storage, scanner);

    public OperationHistoryStore History { get; } = new(fixture.Database, clock);

    public AccountRepository Accounts { get; } = new(fixture.Database);

    public DraftService Drafts => new(Repository, Attachments, fixture.Catalog, Portal.Domain.Forms.FormCatalog.Embedded(), History, Microsoft.Extensions.Options.Options.Create(Options), clock);

    public DraftExpiry Expiry => new(Repository, Attachments, Accounts, new EmailOutbox(fixture.Storage),
        Microsoft.Extensions.Options.Options.Create(Options), clock, NullLogger<DraftExpiry>.Instance);

    public async Task<IReadOnlyList<OperationRecord>> HistoryOfAsync(ResidentContext resident)
    {
        var now = clock.GetUtcNow();
        return (await History.ListAsync(resident.PrincipalId, now.AddDays(-400), now.AddDays(400), 100, null, CancellationToken.None)).Items;
    }
}
