using Portal.Domain.Applications.Receipts;
using Portal.Domain.Errors;

namespace Portal.Domain.Tests.Applications.Receipts;

public sealed class ReceiptNumberIssuerTests
{
    private static readonly DateOnly Day = new(2026, 11, 27);
    private static readonly DateTimeOffset At = new(2026, 11, 27, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task AFreeNumberIsReservedAtOnceForTheReceivingBody()
    {
        var store = new TakenNumbers();
        var issuer = new ReceiptNumberIssuer(store, new Sequence(1, 2, 3));

        var number = await issuer.ReserveAsync("131016", "resident-1", At, CancellationToken.None);

        Assert.Equal(ReceiptNumber.Create(Day, 1), number);
        var reservation = Assert.Single(store.Reserved);
        Assert.Equal(number.ToString(), reservation.Id);
        Assert.Equal("131016", reservation.LocalGovernmentCode);
        Assert.Equal("resident-1", reservation.ResidentId);
        Assert.Equal(At, reservation.CreatedAt);
    }

    [Fact]
    public async Task ATakenNumberIsDrawnAgainUntilOneIsFree()
    {
        var store = new TakenNumbers(ReceiptNumber.Create(Day, 1), ReceiptNumber.Create(Day, 2));
        var issuer = new ReceiptNumberIssuer(store, new Sequence(1, 2, 3, 4));

        var number = await issuer.ReserveAsync("131016", "resident-1", At, CancellationToken.None);

        Assert.Equal(ReceiptNumber.Create(Day, 3), number);
        Assert.Equal(3, store.Attempts);
    }

    [Fact]
    public async Task WhenEveryAttemptCollidesTheIssuerGivesUp()
    {
        var store = new TakenNumbers(Enumerable.Range(1, 5).Select(i => ReceiptNumber.Create(Day, i)).ToArray());
        var issuer = new ReceiptNumberIssuer(store, new Sequence(1, 2, 3, 4, 5, 6), maxAttempts: 5);

        var refused = await Assert.ThrowsAsync<ReceiptNumberUnavailableException>(
            () => issuer.ReserveAsync("131016", "resident-1", At, CancellationToken.None));

        Assert.Equal(5, refused.Attempts);
        Assert.IsType<DuplicateDocumentException>(refused.InnerException);
        Assert.Equal(5, store.Attempts);
    }

    private sealed class Sequence(params int[] randoms) : IReceiptNumberSource
    {
        private int _next;

        public ReceiptNumber Next() => ReceiptNumber.Create(Day, randoms[_next++]);
    }

    /// <summary>Reservations where the given numbers already exist, as a create-if-absent answers.</summary>
    private sealed class TakenNumbers(params ReceiptNumber[] taken) : IReceiptReservations
    {
        public int Attempts { get; private set; }

        public List<ReceiptReservation> Reserved { get; } = [];

        public Task ReserveAsync(ReceiptReservation reservation, CancellationToken cancellationToken)
        {
            Attempts++;
            if (taken.Any(n => n.ToString() == reservation.Id))
            {
                throw new DuplicateDocumentException(reservation.Id);
            }
            Reserved.Add(reservation);
            return Task.CompletedTask;
        }
    }
}
