using Portal.Domain.Information.Catalogue;
using Portal.Domain.PublicFundsAccounts.Payments;

namespace Portal.Domain.Tests.PublicFundsAccounts;

/// <summary>The payment-purposes table as data: which kind of body may read the account for which payment.</summary>
public sealed class PaymentPurposeTableTests
{
    private static readonly PaymentPurposeTable Table = PaymentPurposeTable.Embedded;

    [Theory]
    [InlineData(BodyKinds.Municipality, "child-allowance", true)]
    [InlineData(BodyKinds.Municipality, "benefit", true)]
    [InlineData(BodyKinds.National, "benefit", true)]
    [InlineData(BodyKinds.National, "pension", true)]
    [InlineData(BodyKinds.National, "tax-refund", true)]
    [InlineData(BodyKinds.Municipality, "pension", false)]
    [InlineData(BodyKinds.Municipality, "tax-refund", false)]
    [InlineData(BodyKinds.National, "child-allowance", false)]
    [InlineData(BodyKinds.Insurer, "benefit", false)]
    [InlineData(BodyKinds.Municipality, "curiosity", false)]
    public void A_kind_of_body_may_read_the_account_only_for_the_payments_it_makes(string kind, string purpose, bool allowed) =>
        Assert.Equal(allowed, Table.Find(kind, purpose) is not null);

    [Fact]
    public void Every_payment_has_a_name_residents_read_and_only_agency_kinds()
    {
        Assert.NotEmpty(Table.Rows);
        Assert.All(Table.Rows, r => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", r.Name));
        Assert.All(Table.Rows, r => Assert.Subset(BodyKinds.All.ToHashSet(), r.BodyKinds.ToHashSet()));
        Assert.Equal("児童手当の支給", Table.NameOf("child-allowance"));
        Assert.Null(Table.NameOf("curiosity"));
    }
}
