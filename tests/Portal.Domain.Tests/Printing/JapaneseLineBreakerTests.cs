using Portal.Domain.Printing;

namespace Portal.Domain.Tests.Printing;

public sealed class JapaneseLineBreakerTests
{
    public static TheoryData<string, double, string[]> Cases => new()
    {
        // Every character is one unit wide here.
        { "あいうえおかきくけこ", 4, ["あいうえ", "おかきく", "けこ"] },
        { "あいう。えお", 3, ["あい", "う。え", "お"] },
        { "あいうっ", 3, ["あい", "うっ"] },
        { "メール: taro@example.jp です", 10, ["メール:", "taro@examp", "le.jp です"] },
        { "連絡先 hanako@example.jp", 20, ["連絡先", "hanako@example.jp"] },
        { "一行目\n二行目", 10, ["一行目", "二行目"] },
        { "短い", 10, ["短い"] },
        { "", 10, [""] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Lines_break_between_characters_keeping_words_whole_and_punctuation_off_the_line_start(string text, double width, string[] expected)
    {
        Assert.Equal(expected, JapaneseLineBreaker.Wrap(text, width, piece => piece.Length));
    }

    [Fact]
    public void A_character_wider_than_the_line_still_gets_a_line_of_its_own()
    {
        Assert.Equal(["あ", "い"], JapaneseLineBreaker.Wrap("あい", 0.5, piece => piece.Length));
    }
}
