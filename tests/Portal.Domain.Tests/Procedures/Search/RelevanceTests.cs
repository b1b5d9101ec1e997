using Portal.Domain.Procedures.Catalog;
using Portal.Domain.Procedures.Search;
using Xunit.Abstractions;

namespace Portal.Domain.Tests.Procedures.Search;

/// <summary>
/// What residents type, and what must be in the first three hits: kana only, mixed width, katakana, one-character
/// typos, and whole phrases. The synonym and variant tables were tuned against this table (the holdout is not).
/// </summary>
public sealed class RelevanceTests(ITestOutputHelper output)
{
    public static TheoryData<string, string[]> Cases { get; } = new()
    {
        { "住民票", ["resident-record-copy"] },
        { "じゅうみんひょう", ["resident-record-copy"] },
        { "ジュウミンヒョウ", ["resident-record-copy"] },
        { "じゅうみんひょお", ["resident-record-copy"] }, // one character wrong
        { "印鑑証明", ["seal-registration-certificate"] },
        { "はんこ登録", ["seal-registration"] },
        { "戸籍謄本", ["family-register-certificate"] },
        { "所得証明", ["tax-certificate"] },
        { "ﾏｲﾅﾝﾊﾞｰｶｰﾄﾞ", ["my-number-card-application"] },
        { "マイナカード作りたい", ["my-number-card-application"] },
        { "マイナ保険証", ["my-number-insurance-registration"] },
        { "赤ちゃんが生まれた", ["birth-registration", "child-allowance-certification"] },
        { "出産した", ["childbirth-lump-sum"] },
        { "にんしんした", ["pregnancy-notification"] },
        { "母子手帳をなくした", ["maternal-child-handbook-reissue"] },
        { "保育園に入りたい", ["nursery-application"] },
        { "ほいくえん", ["nursery-application"] },
        { "学童", ["after-school-club"] },
        { "児童手当", ["child-allowance-certification"] },
        { "じどうてあて", ["child-allowance-certification"] },
        { "児童手到", ["child-allowance-certification"] }, // one character wrong
        { "子供の医療費", ["child-medical-subsidy"] },
        { "こども医療費", ["child-medical-subsidy"] },
        { "予防接種", ["vaccination-form-reissue"] },
        { "引っ越す", ["moving-out-notification", "moving-in-notification"] },
        { "ひっこし", ["moving-out-notification"] },
        { "転入届け", ["moving-in-notification"] },
        { "免許 住所変更", ["driver-license-address-change"] },
        { "家が壊れた", ["disaster-victim-certificate"] },
        { "りさい証明", ["disaster-victim-certificate"] },
        { "パスポート切れた", ["passport-renewal"] },
        { "ぱすぽーと", ["passport-new"] },
        { "パスポートなくした", ["passport-loss"] },
        { "親の介護", ["long-term-care-certification"] },
        { "かいごにんてい", ["long-term-care-certification"] },
        { "要介護認定", ["long-term-care-certification"] },
        { "親が亡くなった", ["death-registration"] },
        { "しぼうとどけ", ["death-registration"] },
        { "葬儀の費用", ["funeral-expenses"] },
        { "相続税", ["inheritance-tax-return"] },
        { "確定申告", ["income-tax-return"] },
        { "かくていしんこく", ["income-tax-return"] },
        { "ふるさと納税", ["furusato-one-stop"] },
        { "国保に入る", ["nhi-enrollment"] },
        { "高額療養費", ["nhi-high-cost-medical"] },
        { "犬を飼った", ["dog-registration"] },
        { "粗大ゴミ", ["bulky-waste-collection"] },
        { "年金をもらいたい", ["old-age-pension-claim"] },
        { "給付金の口座", ["public-funds-account"] },
        { "育休", ["childcare-leave-benefit"] },
        { "車庫証明", ["parking-certificate"] },
        { "ｶﾞﾝｹﾝｼﾝ", ["cancer-screening"] },
        { "うんてんめんきょ 更新", ["driver-license-renewal"] },
        { "在留カード　更新", ["residence-period-extension"] },
        { "ひとり親の手当", ["child-rearing-allowance"] },
        { "住宅ローン控除", ["housing-loan-deduction"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void What_residents_type_finds_the_procedure_in_the_first_three(string typed, string[] expected)
    {
        var top = RealCatalog.Top3(typed);
        Assert.All(expected, id => Assert.Contains(id, top));
    }

    [Fact]
    public void Reports_the_tuned_score()
    {
        var hits = Cases.Count(row => ((string[])row[1]).All(RealCatalog.Top3((string)row[0]).Contains));
        output.WriteLine($"Tuned relevance: hits@3 {hits}/{Cases.Count()} = {100.0 * hits / Cases.Count():F0}%");
        Assert.True(Cases.Count() >= 40);
    }

    [Fact]
    public void Every_procedure_the_synonym_table_names_exists()
    {
        var ids = ProcedureTemplateCatalog.Load().Select(t => t.Id).ToHashSet();
        Assert.All(SynonymTable.Load(JapaneseNormalizer.Default).NamedProcedureIds, id => Assert.Contains(id, ids));
    }

    [Fact]
    public void Every_expected_procedure_exists()
    {
        var ids = ProcedureTemplateCatalog.Load().Select(t => t.Id).ToHashSet();
        Assert.All(Cases.SelectMany(row => (string[])row[1]), id => Assert.Contains(id, ids));
    }
}
