using Portal.Domain.Errors;

namespace Portal.Domain.Applications.Receipts;

/// <summary>
/// Issues a fresh receipt number by reserving it in <c>receipts</c>. Creating the reservation only if absent is what
/// makes the number unique nationwide (not just within one body's partition), so a taken number is simply drawn again.
/// </summary>
public sealed class ReceiptNumberIssuer(IReceiptReservations reservations, IReceiptNumberSource numbers, int maxAttempts = 5)
{
    /// <param name="localGovernmentCode">The receiving body, recorded so the number alone finds the application.</param>
    /// <exception cref="ReceiptNumberUnavailableException">Every attempt collided.</exception>
    public async Task<ReceiptNumber> ReserveAsync(
        string localGovernmentCode, string residentId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        DuplicateDocumentException? last = null;
        for (var attempt = 0; attempt < maxAttempts; attempt++)
        {
            var number = numbers.Next();
            try
            {
                await reservations.ReserveAsync(new ReceiptReservation
                {
                    Id = number.ToString(),
                    LocalGovernmentCode = localGovernmentCode,
                    ResidentId = residentId,
                    CreatedAt = at,
                }, cancellationToken);
                return number;
            }
            catch (DuplicateDocumentException e)
            {
                last = e;
            }
        }
        throw new ReceiptNumberUnavailableException(maxAttempts, last);
    }
}
