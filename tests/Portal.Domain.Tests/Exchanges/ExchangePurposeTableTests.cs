using Portal.Domain.Exchanges.Purposes;
using Portal.Domain.Information.Catalogue;

namespace Portal.Domain.Tests.Exchanges;

/// <summary>The allowed-purpose table as data: it loads against the catalogue, and only its rows are allowed.</summary>
public sealed class ExchangePurposeTableTests
{
    private static readonly ExchangePurposeTable Table = ExchangePurposeTable.Load(InformationCatalogue.Embedded());

    public static TheoryData<string, string, string, bool> Requests => new()
    {
        { BodyKinds.Municipality, "tax-income", "child-allowance-eligibility", true },
        { BodyKinds.Municipality, "household", "child-allowance-eligibility", true },
        { BodyKinds.Insurer, "tax-income", "high-cost-medical-care", true },
        // The same category for another kind's task, or another kind asking for the same task: not in the table.
        { BodyKinds.Municipality, "tax-income", "high-cost-medical-care", false },
        { BodyKinds.National, "tax-income", "child-allowance-eligibility", false },
        { BodyKinds.Municipality, "pension", "child-allowance-eligibility", false },
        { BodyKinds.Municipality, "tax-income", "Child-Allowance-Eligibility", false },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public void OnlyARowOfTheTableIsAllowed(string kind, string category, string purpose, bool allowed) =>
        Assert.Equal(allowed, Table.Find(kind, category, purpose) is not null);

    [Fact]
    public void EveryRowNamesACategoryOfTheCatalogueAKindThatExistsAndItsTaskInJapanese()
    {
        Assert.NotEmpty(Table.Rows);
        Assert.All(Table.Rows, row =>
        {
            Assert.NotNull(InformationCatalogue.Embedded().Find(row.Category));
            Assert.Contains(row.RequesterKind, BodyKinds.All);
            Assert.EndsWith("事務", row.Name, StringComparison.Ordinal);
        });
    }
}
