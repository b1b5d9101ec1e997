using Portal.Domain.Applications.Receipts;

namespace Portal.Domain.Applications.Residents;

/// <summary>A receipt number as a caller sent it (typed, copied, without hyphens, full-width) in its stored form.</summary>
public static class ReceiptNumberInput
{
    /// <exception cref="ApplicationNotFoundException">Not a receipt number at all: no application has it.</exception>
    public static string Normalize(string receiptNumber) =>
        ReceiptNumber.TryParse(receiptNumber, out var number) ? number.ToString() : throw new ApplicationNotFoundException();
}
