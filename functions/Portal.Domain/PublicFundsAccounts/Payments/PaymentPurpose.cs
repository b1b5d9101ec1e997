namespace Portal.Domain.PublicFundsAccounts.Payments;

/// <summary>One row of the payment-purposes table: a payment (給付) and the kinds of body that pay it.</summary>
/// <param name="Name">The payment as residents read it in やりとり履歴.</param>
public sealed record PaymentPurpose(string Purpose, string Name, IReadOnlyList<string> BodyKinds)
{
    public bool MayBeReadBy(string bodyKind) => BodyKinds.Contains(bodyKind, StringComparer.Ordinal);
}
