using Portal.Domain.Applications.Receipts;

namespace Portal.Domain.Applications.Residents;

/// <summary>
/// <see cref="IResidentApplicationLocator"/> by a point read of the nationwide receipt reservation, which names the
/// receiving body; another resident's number finds nothing.
/// </summary>
public sealed class ReceiptApplicationLocator(ReceiptRepository receipts) : IResidentApplicationLocator
{
    public async Task<string?> FindAsync(string residentId, string receiptNumber, CancellationToken cancellationToken) =>
        ReceiptNumber.TryParse(receiptNumber, out var number)
        && await receipts.FindAsync(number, cancellationToken) is { } reservation
        && reservation.ResidentId == residentId
            ? reservation.LocalGovernmentCode
            : null;
}
