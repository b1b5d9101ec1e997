using Portal.Domain.Errors;

namespace Portal.Domain.Applications.Receipts;

/// <summary>Every receipt number tried was taken: with a million numbers per body per day this means something is wrong.</summary>
public sealed class ReceiptNumberUnavailableException(int attempts, Exception? inner = null)
    : PortalException($"No free receipt number after {attempts} attempts.", inner)
{
    public int Attempts { get; } = attempts;
}
