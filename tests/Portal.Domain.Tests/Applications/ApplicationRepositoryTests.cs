using Microsoft.Extensions.Options;
using Portal.Domain.Applications;
using Portal.Domain.Applications.Receipts;
using Portal.Domain.Applications.Signing;
using Portal.Domain.Applications.Status;
using Portal.Domain.Errors;
using Portal.Domain.Storage;
using Portal.Domain.Tests.Storage;

namespace Portal.Domain.Tests.Applications;

public sealed class ApplicationRepositoryTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly CosmosDatabaseFixture _cosmos = new();
    private ApplicationRepository _repository = null!;

    public async Task InitializeAsync()
    {
        await _cosmos.InitializeAsync();
        var database = new PortalDatabase(_cosmos.Client, Options.Create(new CosmosOptions { Database = _cosmos.Database.Id }));
        await database.CreateIfNotExistsAsync([PortalContainers.Applications], None);
        _repository = new ApplicationRepository(database);
    }

    public Task DisposeAsync() => _cosmos.DisposeAsync();

    [Fact]
    public async Task ASecondApplicationWithTheSameReceiptNumberInTheSameBodyIsADuplicate()
    {
        var number = ReceiptNumber.Create(new DateOnly(2026, 11, 27), 4242);
        await _repository.CreateAsync(ApplicationSamples.New(number), None);

        await Assert.ThrowsAsync<DuplicateDocumentException>(() => _repository.CreateAsync(ApplicationSamples.New(number) with { ResidentId = "resident-2" }, None));
    }

    [Fact]
    public async Task AnApplicationReadsBackAsStoredWithStatusesAsNames()
    {
        var number = ReceiptNumber.Create(new DateOnly(2026, 11, 27), 7);
        var application = ApplicationSamples.New(number) with
        {
            Revisions = [ApplicationSamples.Revision() with
            {
                Cms = Convert.ToBase64String([1, 2, 3]),
                Signer = new SignerCertificate("CN=JPKI Signing CA", "0A1B"),
                Evidence = new SignatureEvidence("42", ApplicationSamples.ReceivedAt.AddHours(-1), ApplicationSamples.ReceivedAt.AddDays(1),
                    ApplicationSamples.ReceivedAt, new string('F', 64), ApplicationSamples.ReceivedAt),
            }],
        };
        var accepted = application.WithStatus(ApplicationStatus.Accepted, StatusActor.Agency, ApplicationSamples.ReceivedAt.AddHours(1), "受け付けました");
        await _repository.CreateAsync(accepted, None);

        var read = (await _repository.ReadAsync("131016", number.ToString(), None))!.Document;

        Assert.Equal(ApplicationStatus.Accepted, read.Status);
        Assert.Equal(accepted.History, read.History);
        Assert.Equal(accepted.Current.Evidence, read.Current.Evidence);
        Assert.Equal(accepted.Current.Signer, read.Current.Signer);
        Assert.Equal(accepted.Current.Attachments, read.Current.Attachments);
        Assert.Equal(accepted.Current.Document, read.Current.Document);
        Assert.Null(await _repository.ReadAsync("271004", number.ToString(), None));
    }
}
