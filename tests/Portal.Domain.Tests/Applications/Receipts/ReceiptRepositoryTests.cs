using Microsoft.Extensions.Options;
using Portal.Domain.Applications.Receipts;
using Portal.Domain.Errors;
using Portal.Domain.Storage;
using Portal.Domain.Tests.Storage;

namespace Portal.Domain.Tests.Applications.Receipts;

public sealed class ReceiptRepositoryTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateOnly Day = new(2026, 11, 27);
    private static readonly DateTimeOffset At = new(2026, 11, 27, 3, 0, 0, TimeSpan.Zero);
    private readonly CosmosDatabaseFixture _cosmos = new();
    private ReceiptRepository _receipts = null!;

    public async Task InitializeAsync()
    {
        await _cosmos.InitializeAsync();
        var database = new PortalDatabase(_cosmos.Client, Options.Create(new CosmosOptions { Database = _cosmos.Database.Id }));
        await database.CreateIfNotExistsAsync([PortalContainers.Receipts], None);
        _receipts = new ReceiptRepository(database);
    }

    public Task DisposeAsync() => _cosmos.DisposeAsync();

    [Fact]
    public async Task ANumberReservedForOneBodyCannotBeReservedForAnother()
    {
        var number = ReceiptNumber.Create(Day, 42);
        await _receipts.ReserveAsync(Reservation(number, "131016"), None);

        await Assert.ThrowsAsync<DuplicateDocumentException>(() => _receipts.ReserveAsync(Reservation(number, "271004"), None));
        Assert.Equal("131016", (await _receipts.FindAsync(number, None))!.LocalGovernmentCode);
    }

    [Fact]
    public async Task TheIssuerDrawsAgainPastANumberTakenInAnyBody()
    {
        await _receipts.ReserveAsync(Reservation(ReceiptNumber.Create(Day, 1), "271004"), None);
        var randoms = new Queue<int>([1, 2]);
        var issuer = new ReceiptNumberIssuer(_receipts, new QueueSource(randoms));

        var number = await issuer.ReserveAsync("131016", "resident-1", At, None);

        Assert.Equal(ReceiptNumber.Create(Day, 2), number);
        Assert.Equal("131016", (await _receipts.FindAsync(number, None))!.LocalGovernmentCode);
    }

    [Fact]
    public async Task AReleasedNumberIsFreeAgainAndAnUnknownOneFindsNothing()
    {
        var number = ReceiptNumber.Create(Day, 77);
        await _receipts.ReserveAsync(Reservation(number, "131016"), None);

        await _receipts.ReleaseAsync(number, None);

        Assert.Null(await _receipts.FindAsync(number, None));
        await _receipts.ReserveAsync(Reservation(number, "131024"), None);
        Assert.Null(await _receipts.FindAsync(ReceiptNumber.Create(Day, 78), None));
    }

    private static ReceiptReservation Reservation(ReceiptNumber number, string body) => new()
    {
        Id = number.ToString(),
        LocalGovernmentCode = body,
        ResidentId = "resident-1",
        CreatedAt = At,
    };

    private sealed class QueueSource(Queue<int> randoms) : IReceiptNumberSource
    {
        public ReceiptNumber Next() => ReceiptNumber.Create(Day, randoms.Dequeue());
    }
}
