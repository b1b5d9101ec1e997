using System.Security.Cryptography;

namespace Portal.Domain.Applications.Receipts;

/// <summary>Today's date in Japan (JST, no daylight saving: a fixed +09:00) and six cryptographically random digits.</summary>
public sealed class RandomReceiptNumberSource(TimeProvider clock) : IReceiptNumberSource
{
    private static readonly TimeSpan Jst = TimeSpan.FromHours(9);

    public ReceiptNumber Next() =>
        ReceiptNumber.Create(DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Jst).DateTime), RandomNumberGenerator.GetInt32(1_000_000));
}
