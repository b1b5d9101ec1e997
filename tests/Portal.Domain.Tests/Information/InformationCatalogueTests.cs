using Portal.Domain.Identity.Clients;
using Portal.Domain.Information.Catalogue;

namespace Portal.Domain.Tests.Information;

/// <summary>The categories as the reference lists them, with schemas where the issue asks, and who may provide which.</summary>
public sealed class InformationCatalogueTests
{
    private static readonly InformationCatalogue Catalogue = InformationCatalogue.Embedded();

    /// <summary>The Digital Agency's list (self-information.md), 1–26; 27–29 were not retrieved.</summary>
    public static readonly TheoryData<int, string, string> Listed = new()
    {
        { 1, "健康保険証", "健康・医療" }, { 2, "診療・薬剤", "健康・医療" }, { 3, "医療費", "健康・医療" }, { 4, "予防接種", "健康・医療" },
        { 5, "特定健診・後期高齢者健診", "健康・医療" }, { 6, "検診", "健康・医療" }, { 7, "医療保険", "健康・医療" },
        { 8, "医療保険その他", "健康・医療" }, { 9, "学校保健", "健康・医療" }, { 10, "難病患者支援", "健康・医療" },
        { 11, "保険証の被保険者番号", "健康・医療" }, { 12, "医療保険情報の提供状況", "健康・医療" },
        { 13, "税・所得", "税・所得・口座" }, { 14, "医療費", "税・所得・口座" }, { 15, "公金受取口座", "税・所得・口座" },
        { 16, "年金", "年金" }, { 17, "年金その他", "年金" },
        { 18, "児童手当", "子ども・子育て" }, { 19, "ひとり親家庭", "子ども・子育て" }, { 20, "母子保健", "子ども・子育て" },
        { 21, "教育・就学支援", "子ども・子育て" }, { 22, "障害児支援・小児慢性特定疾病医療", "子ども・子育て" },
        { 23, "世帯情報", "世帯情報" },
        { 24, "障害保健福祉", "福祉・介護" }, { 25, "生活保護", "福祉・介護" }, { 26, "中国残留邦人", "福祉・介護" },
    };

    [Theory]
    [MemberData(nameof(Listed))]
    public void Each_listed_category_is_in_the_catalogue_with_its_number_name_and_group(int number, string name, string group)
    {
        var category = Assert.Single(Catalogue.Categories, c => c.Number == number);

        Assert.Equal(name, category.Name);
        Assert.Equal(group, Catalogue.Groups.Single(g => g.Id == category.Group).Name);
    }

    [Fact]
    public void The_catalogue_holds_exactly_the_listed_categories_in_order_with_ascii_ids()
    {
        Assert.Equal(Enumerable.Range(1, 26), Catalogue.Categories.Select(c => c.Number));
        Assert.All(Catalogue.Categories, c => Assert.Matches("^[a-z][a-z0-9-]+$", c.Id));
    }

    [Theory]
    [InlineData("household", "householdHead", "世帯主の氏名")]
    [InlineData("tax-income", "fiscalYear", "年度")]
    [InlineData("child-allowance", "monthlyAmount", "支給月額（円）")]
    [InlineData("vaccinations", "vaccinatedOn", "接種日")]
    [InlineData("health-insurance-card", "insuredNumber", "被保険者番号")]
    [InlineData("pension", "pensionType", "年金の種類")]
    [InlineData("medical-expenses", "totalCost", "医療費の総額（円）")]
    [InlineData("disability-welfare", "handbookType", "障害者手帳の種類")]
    public void The_categories_the_issue_names_have_a_schema_of_their_own_and_Japanese_labels(string id, string field, string label)
    {
        var category = Catalogue.Find(id)!;

        Assert.True(category.HasOwnSchema);
        Assert.Equal(label, category.Labels[field]);
    }

    [Fact]
    public void Only_the_insurance_cards_symbol_and_insured_number_are_masked()
    {
        Assert.Equal(["health-insurance-card"], Catalogue.Categories.Where(c => c.Masked.Count > 0).Select(c => c.Id));
        Assert.Equal(["symbol", "insuredNumber"], Catalogue.Find("health-insurance-card")!.Masked);
    }

    [Theory]
    [InlineData("health-insurance-card", BodyKinds.Insurer, true)]
    [InlineData("health-insurance-card", BodyKinds.Municipality, false)]
    [InlineData("pension", BodyKinds.National, true)]
    [InlineData("pension", BodyKinds.Municipality, false)]
    [InlineData("tax-income", BodyKinds.Municipality, true)]
    [InlineData("tax-income", BodyKinds.Insurer, false)]
    [InlineData("child-allowance", BodyKinds.Municipality, true)]
    [InlineData("intractable-diseases", BodyKinds.Prefecture, true)]
    [InlineData("intractable-diseases", BodyKinds.Municipality, false)]
    public void A_kind_of_body_provides_only_the_categories_it_may(string id, string kind, bool may) =>
        Assert.Equal(may, Catalogue.Find(id)!.MayBeProvidedBy(kind));

    [Theory]
    [InlineData("131016", null, null, BodyKinds.Municipality)]
    [InlineData("130001", null, null, BodyKinds.Prefecture)]
    [InlineData(null, "jps", null, BodyKinds.National)]
    [InlineData(null, null, "06139999", BodyKinds.Insurer)]
    public void The_kind_of_a_body_follows_from_its_binding(string? code, string? national, string? insurer, string kind) =>
        Assert.Equal(kind, BodyKinds.Of(new AgencyBinding(code, national, insurer)));
}
