namespace Portal.Domain.Applications.Receipts;

/// <summary>The part of the receipts container the numbering needs: reserve a number only if it is free.</summary>
public interface IReceiptReservations
{
    /// <exception cref="Errors.DuplicateDocumentException">The number is already issued.</exception>
    Task ReserveAsync(ReceiptReservation reservation, CancellationToken cancellationToken);
}
