using Portal.Domain.Storage;

namespace Portal.Domain.Applications.Receipts;

/// <summary>
/// Issued receipt numbers in <c>receipts</c> (partitioned by the number itself): reserving one, and finding which body
/// (and so which partition of <c>applications</c>) a number belongs to.
/// </summary>
public sealed class ReceiptRepository(PortalDatabase database) : IReceiptReservations
{
    private DocumentStore<ReceiptReservation> Store => new(database.Container(PortalContainers.Receipts));

    public Task ReserveAsync(ReceiptReservation reservation, CancellationToken cancellationToken) =>
        Store.CreateAsync(reservation, cancellationToken);

    /// <returns>The reservation of that number, or null when it was never issued.</returns>
    public async Task<ReceiptReservation?> FindAsync(ReceiptNumber number, CancellationToken cancellationToken) =>
        (await Store.ReadAsync(number.ToString(), number.ToString(), cancellationToken))?.Document;

    /// <summary>Gives back a number reserved but never used (a concurrent finalizer had already reserved another).</summary>
    public Task ReleaseAsync(ReceiptNumber number, CancellationToken cancellationToken) =>
        Store.DeleteAsync(number.ToString(), number.ToString(), null, cancellationToken);
}
