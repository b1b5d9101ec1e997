using Portal.Domain.PublicFundsAccounts.Zengin;

namespace Portal.Domain.Tests.PublicFundsAccounts;

/// <summary>
/// A holder name as residents type it, in the Zengin set as the bank data writes it: large full-width katakana,
/// Ａ-Ｚ, ０-９, space and （）．－／; anything else is refused, not guessed.
/// </summary>
public sealed class ZenginKanaTests
{
    public static TheoryData<string, string> Normalised => new()
    {
        { "ヤマダ　ハナコ", "ヤマダ　ハナコ" },
        { "やまだ はなこ", "ヤマダ　ハナコ" },
        { "ﾔﾏﾀﾞ ﾀﾛｳ", "ヤマダ　タロウ" },
        { "ｷｮｳｺ", "キヨウコ" },
        { "しょうこ", "シヨウコ" },
        { "さっぽろ", "サツポロ" },
        { "ァィゥェォッャュョヮヵヶ", "アイウエオツヤユヨワカケ" },
        { "ジョー", "ジヨ－" },
        { "ｼﾞｮｰｼﾞ", "ジヨ－ジ" },
        { "ゔぃくとりあ", "ヴイクトリア" },
        { "ﾊﾟﾝ", "パン" },
        { "abc 123", "ＡＢＣ　１２３" },
        { "ＳＭＩＴＨ　ＪＯＨＮ", "ＳＭＩＴＨ　ＪＯＨＮ" },
        { "ｶ)ﾔﾏﾀﾞｼｮｳｼﾞ", "カ）ヤマダシヨウジ" },
        { "(ｶ) ﾔﾏﾀﾞ.ﾀﾛｳ/ﾊﾅｺ", "（カ）　ヤマダ．タロウ／ハナコ" },
        { "ヤマダ-ハナコ", "ヤマダ－ハナコ" },
        { "  ヤマダ 　 ハナコ  ", "ヤマダ　ハナコ" },
    };

    [Theory]
    [MemberData(nameof(Normalised))]
    public void What_a_resident_types_is_written_in_the_Zengin_set(string typed, string expected) =>
        Assert.Equal(expected, ZenginKana.Normalise(typed));

    [Theory]
    [InlineData("山田 花子")]
    [InlineData("ヤマダ・ハナコ")]
    [InlineData("ヰセキ")]
    [InlineData("ヤマダ!")]
    [InlineData("ヤマダ😀")]
    [InlineData("Ｙａｍａｄａ，Ｈａｎａｋｏ")]
    [InlineData("   ")]
    [InlineData("")]
    public void A_name_with_a_character_outside_the_set_is_refused_not_guessed(string typed) =>
        Assert.Null(ZenginKana.Normalise(typed));

    [Fact]
    public void Every_kana_of_the_shipped_bank_data_is_already_in_the_set()
    {
        var directory = ZenginDirectory.Embedded;
        var outside = directory.Banks.Select(b => b.Kana).Concat(directory.Branches.Select(b => b.Kana))
            .Where(kana => ZenginKana.Normalise(kana) != kana).ToList();

        Assert.Empty(outside);
    }
}
