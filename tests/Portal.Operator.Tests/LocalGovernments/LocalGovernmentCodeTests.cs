using Portal.Domain.LocalGovernments;

namespace Portal.Operator.Tests.LocalGovernments;

/// <summary>
/// The check digit against real 全国地方公共団体コード (rows of the code4fukui/localgovjp data, CC0): the rule
/// (11 − Σ(6,5,4,3,2 × digit) mod 11) mod 10 holds for all 1,963 published codes; these rows cover every remainder
/// class that matters (remainder 0 → 1, remainder 1 → 0) and both ends of the prefecture range.
/// </summary>
public sealed class LocalGovernmentCodeTests
{
    public static TheoryData<string, string> RealCodes => new()
    {
        { "131016", "東京都 千代田区" },
        { "011002", "北海道 札幌市" },
        { "131181", "東京都 荒川区" },
        { "011011", "北海道 札幌市 中央区" }, // remainder 0 → check digit 1
        { "012131", "北海道 苫小牧市" },    // remainder 0 → check digit 1
        { "011070", "北海道 札幌市 西区" },   // remainder 1 → check digit 0
        { "012050", "北海道 室蘭市" },       // remainder 1 → check digit 0
        { "012025", "北海道 函館市" },
        { "033014", "岩手県 雫石町" },
        { "132012", "東京都 八王子市" },
        { "231002", "愛知県 名古屋市" },
        { "271004", "大阪府 大阪市" },
        { "271411", "大阪府 堺市 堺区" },
        { "401307", "福岡県 福岡市" },
        { "473251", "沖縄県 嘉手納町" },
        { "473821", "沖縄県 与那国町" },
        { "010006", "北海道" },
        { "090000", "栃木県" },
        { "130001", "東京都" },
        { "470007", "沖縄県" },
    };

    [Theory]
    [MemberData(nameof(RealCodes))]
    public void RealCodesParseAndTheirCheckDigitIsComputed(string text, string name)
    {
        Assert.True(LocalGovernmentCode.TryParse(text, out var code), name);
        Assert.Equal(text, code.Value);
        Assert.Equal(text[5] - '0', LocalGovernmentCode.CheckDigit(text.AsSpan(0, 5)));
        Assert.Equal(int.Parse(text[..2], System.Globalization.CultureInfo.InvariantCulture), code.Prefecture);
        Assert.Equal(!name.Contains(' ', StringComparison.Ordinal) && text[2..5] == "000", code.IsPrefecture);
    }

    [Theory]
    [MemberData(nameof(RealCodes))]
    public void EveryOtherCheckDigitIsRefused(string text, string name)
    {
        foreach (var digit in "0123456789".Where(d => d != text[5]))
        {
            var wrong = text[..5] + digit;
            Assert.False(LocalGovernmentCode.TryParse(wrong, out _), $"{name}: {wrong}");
            Assert.Equal(LocalGovernmentCodeProblem.WrongCheckDigit, LocalGovernmentCode.Check(wrong));
        }
    }

    /// <summary>As prefjp-utf8.csv has them: the prefectures 01–09 lost their leading zero. Only the loader may pad.</summary>
    [Theory]
    [InlineData("10006", "北海道")]
    [InlineData("20001", "青森県")]
    [InlineData("30007", "岩手県")]
    [InlineData("40002", "宮城県")]
    [InlineData("50008", "秋田県")]
    [InlineData("60003", "山形県")]
    [InlineData("70009", "福島県")]
    [InlineData("80004", "茨城県")]
    [InlineData("90000", "栃木県")]
    public void CodesThatLostTheirLeadingZeroAreRefusedUntilPadded(string text, string name)
    {
        Assert.Equal(LocalGovernmentCodeProblem.NotSixDigits, LocalGovernmentCode.Check(text));
        Assert.False(LocalGovernmentCode.TryParse(text, out _), name);
        Assert.True(LocalGovernmentCode.TryParse(text.PadLeft(6, '0'), out _), name);
    }

    [Theory]
    [InlineData(null, LocalGovernmentCodeProblem.NotSixDigits)]
    [InlineData("", LocalGovernmentCodeProblem.NotSixDigits)]
    [InlineData("1310160", LocalGovernmentCodeProblem.NotSixDigits)]
    [InlineData("13101", LocalGovernmentCodeProblem.NotSixDigits)]
    [InlineData("１３１０１６", LocalGovernmentCodeProblem.NotSixDigits)]
    [InlineData("13101a", LocalGovernmentCodeProblem.NotSixDigits)]
    [InlineData(" 131016", LocalGovernmentCodeProblem.NotSixDigits)]
    [InlineData("000001", LocalGovernmentCodeProblem.NoSuchPrefecture)]
    [InlineData("481009", LocalGovernmentCodeProblem.NoSuchPrefecture)]
    [InlineData("131017", LocalGovernmentCodeProblem.WrongCheckDigit)]
    public void MalformedTextsAreRefusedWithTheReason(string? text, LocalGovernmentCodeProblem problem)
    {
        Assert.Equal(problem, LocalGovernmentCode.Check(text));
        Assert.False(LocalGovernmentCode.TryParse(text, out _));
        if (text is not null)
        {
            Assert.Throws<FormatException>(() => LocalGovernmentCode.Parse(text));
        }
    }
}
