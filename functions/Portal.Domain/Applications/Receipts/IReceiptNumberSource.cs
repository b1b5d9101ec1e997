namespace Portal.Domain.Applications.Receipts;

/// <summary>Where fresh receipt numbers come from (random in production, a fixed sequence in tests).</summary>
public interface IReceiptNumberSource
{
    ReceiptNumber Next();
}
