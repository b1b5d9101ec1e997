using Portal.Domain.Applications;
using Portal.Domain.Applications.Receipts;
using Portal.Domain.Errors;
using Portal.Domain.Storage;

namespace Portal.Domain.Tests.Applications.Receipts;

public sealed class ReceiptNumberIssuerTests
{
    private static readonly DateOnly Day = new(2026, 11, 27);

    [Fact]
    public async Task AFreeNumberIsUsedAtOnce()
    {
        var store = new TakenNumbers();
        var issuer = new ReceiptNumberIssuer(store, new Sequence(1, 2, 3));

        var created = await issuer.CreateAsync(n => ApplicationSamples.New(n), CancellationToken.None);

        Assert.Equal(ReceiptNumber.Create(Day, 1).ToString(), created.Document.Id);
        Assert.Equal(1, store.Attempts);
    }

    [Fact]
    public async Task ATakenNumberIsDrawnAgainUntilOneIsFree()
    {
        var store = new TakenNumbers(ReceiptNumber.Create(Day, 1), ReceiptNumber.Create(Day, 2));
        var issuer = new ReceiptNumberIssuer(store, new Sequence(1, 2, 3, 4));

        var created = await issuer.CreateAsync(n => ApplicationSamples.New(n), CancellationToken.None);

        Assert.Equal(ReceiptNumber.Create(Day, 3).ToString(), created.Document.Id);
        Assert.Equal(3, store.Attempts);
    }

    [Fact]
    public async Task WhenEveryAttemptCollidesTheIssuerGivesUp()
    {
        var store = new TakenNumbers(Enumerable.Range(1, 5).Select(i => ReceiptNumber.Create(Day, i)).ToArray());
        var issuer = new ReceiptNumberIssuer(store, new Sequence(1, 2, 3, 4, 5, 6), maxAttempts: 5);

        var refused = await Assert.ThrowsAsync<ReceiptNumberUnavailableException>(
            () => issuer.CreateAsync(n => ApplicationSamples.New(n), CancellationToken.None));

        Assert.Equal(5, refused.Attempts);
        Assert.IsType<DuplicateDocumentException>(refused.InnerException);
        Assert.Equal(5, store.Attempts);
    }

    [Fact]
    public async Task AnApplicationNotNamedByItsNumberIsAProgrammingError()
    {
        var issuer = new ReceiptNumberIssuer(new TakenNumbers(), new Sequence(1));

        await Assert.ThrowsAsync<InvalidOperationException>(
            () => issuer.CreateAsync(n => ApplicationSamples.New(n) with { Id = "other" }, CancellationToken.None));
    }

    private sealed class Sequence(params int[] randoms) : IReceiptNumberSource
    {
        private int _next;

        public ReceiptNumber Next() => ReceiptNumber.Create(Day, randoms[_next++]);
    }

    /// <summary>A store where the given numbers already exist, as a create-if-absent answers.</summary>
    private sealed class TakenNumbers(params ReceiptNumber[] taken) : IApplicationStore
    {
        public int Attempts { get; private set; }

        public Task<Stored<Application>> CreateAsync(Application application, CancellationToken cancellationToken)
        {
            Attempts++;
            if (taken.Any(n => n.ToString() == application.Id))
            {
                throw new DuplicateDocumentException(application.Id);
            }
            return Task.FromResult(new Stored<Application>(application, "etag"));
        }
    }
}
