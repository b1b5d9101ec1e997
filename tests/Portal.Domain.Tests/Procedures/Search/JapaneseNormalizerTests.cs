using Portal.Domain.Procedures.Search;

namespace Portal.Domain.Tests.Procedures.Search;

public sealed class JapaneseNormalizerTests
{
    [Theory]
    [InlineData("ｼﾞﾄﾞｳﾃｱﾃ", "じどうてあて")]
    [InlineData("ジドウテアテ", "じどうてあて")]
    [InlineData("ＡＢＣ１２３", "abc123")]
    [InlineData("e-Tax", "e tax")]
    [InlineData("マイナンバーカード", "まいなんばかど")]
    [InlineData("ﾏｲﾅﾝﾊﾞｰｶｰﾄﾞ", "まいなんばかど")]
    [InlineData("きゃっしゅ", "きやつしゆ")]
    [InlineData("子ども医療費", "こども医療費")]
    [InlineData("子供医療費", "こども医療費")]
    [InlineData("こども医療費", "こども医療費")]
    [InlineData("出生届け出", "出生届")]
    [InlineData("出生届出", "出生届")]
    [InlineData("出生届け", "出生届")]
    [InlineData("保育所の申し込み", "保育所の申込")]
    [InlineData("保育所の申込み", "保育所の申込")]
    [InlineData("引っ越し", "引越")]
    [InlineData("引越し", "引越")]
    [InlineData("ひっこし", "引越")]
    [InlineData("ヒッコシ", "引越")]
    [InlineData("手続き", "手続")]
    [InlineData("給付金の受け取り", "給付金の受取")]
    [InlineData("障がい者", "障害者")]
    [InlineData("a\u0000b\u200Bc\u0007", "abc")]
    [InlineData("  児童　手当  ", "児童 手当")]
    [InlineData("住民票（写し）・印鑑", "住民票 写し 印鑑")]
    [InlineData("", "")]
    public void Folds_what_residents_type_to_one_form(string typed, string expected) =>
        Assert.Equal(expected, JapaneseNormalizer.Default.Normalize(typed));

    [Fact]
    public void Normalising_twice_changes_nothing()
    {
        foreach (var text in new[] { "子供の引っ越し手続き", "ﾊﾟｽﾎﾟｰﾄ 切り替え", "届け出の申し込み" })
        {
            var once = JapaneseNormalizer.Default.Normalize(text);
            Assert.Equal(once, JapaneseNormalizer.Default.Normalize(once));
        }
    }

    [Fact]
    public void A_variant_table_in_the_documented_format_is_applied_longest_variant_first()
    {
        var normalizer = JapaneseNormalizer.FromVariantText("# comment\n\n届\t届け出\t届け\n");
        Assert.Equal("転入届 出生届", normalizer.Normalize("転入届け出 出生届け"));
    }

    [Fact]
    public void The_synonym_table_maps_resident_phrases_to_catalog_terms()
    {
        var table = SynonymTable.FromText("赤ちゃんが生まれ|出産し\t出生届|児童手当|@birth-registration\n", JapaneseNormalizer.Default);
        var (terms, ids) = table.Expand(JapaneseNormalizer.Default.Normalize("アカチャンが生まれました"));
        Assert.Empty(terms);
        (terms, ids) = table.Expand(JapaneseNormalizer.Default.Normalize("赤ちゃんが生まれました"));
        Assert.Equal(["出生届", "児童手当"], terms);
        Assert.Equal(["birth-registration"], ids);
    }

    [Fact]
    public void The_embedded_tables_load()
    {
        Assert.True(SynonymTable.Load(JapaneseNormalizer.Default).Count >= 30);
        Assert.Equal("引越", JapaneseNormalizer.Default.Normalize("引っ越し"));
    }
}
