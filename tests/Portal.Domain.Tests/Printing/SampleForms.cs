using Portal.Domain.Printing;

namespace Portal.Domain.Tests.Printing;

/// <summary>A 転居届 with the kinds of answers residents give: kanji names, katakana readings, addresses, dates, free text.</summary>
internal static class SampleForms
{
    public const string LongRemarks =
        "令和8年12月1日から新しい住所で生活を始めます。同じ世帯の長男は大学進学のため一時的に別の住所に住んでいますが、" +
        "住民票は引き続き世帯主と同じ住所に置くことを希望します。平日の日中は連絡が取りにくいため、確認事項があれば " +
        "hanako.yamada@example.jp までメールでご連絡ください。";

    public static readonly SubmissionDestination Chiyoda = new(
        "千代田区役所",
        "区民課 住民記録係",
        "〒102-8688 東京都千代田区九段南1-2-1 千代田区役所2階",
        "03-3264-2111",
        "2階2番窓口へお持ちいただくか、上記の住所へ郵送してください。");

    public static PrintableForm MovingNotice(bool requiresSignature = true) => new(
        "住民異動届（転居届）",
        "転居届",
        "東京都千代田区",
        Chiyoda,
        [
            new PrintableSection("届出人",
            [
                new PrintableRow("氏名", "山田 花子"),
                new PrintableRow("フリガナ", "ヤマダ ハナコ"),
                new PrintableRow("生年月日", "平成2年4月1日"),
                new PrintableRow("電話番号", "090-1234-5678"),
            ]),
            new PrintableSection("住所",
            [
                new PrintableRow("新しい住所", "東京都千代田区神田駿河台3丁目4番地5 グランドメゾン駿河台1203号室"),
                new PrintableRow("旧住所", "東京都千代田区麹町6丁目7番地8"),
                new PrintableRow("転居日", "令和8年12月1日"),
                new PrintableRow("世帯主", "山田 太郎"),
            ]),
            new PrintableSection("異動する人", Enumerable.Range(1, 4).SelectMany(Member).ToList()),
            new PrintableSection("備考", [new PrintableRow("連絡事項", LongRemarks)]),
        ],
        new DateTimeOffset(2026, 11, 27, 12, 21, 0, TimeSpan.Zero))
    {
        RequiresSignature = requiresSignature,
    };

    /// <summary>Every answer of the form, as the resident typed it.</summary>
    public static IEnumerable<string> Answers(PrintableForm form) =>
        form.Sections.SelectMany(section => section.Rows).Select(row => row.Value);

    private static readonly string[] Names = ["山田 太郎", "山田 花子", "山田 一郎", "山田 次郎", "山田 美咲", "山田 翔太"];
    private static readonly string[] Readings = ["ヤマダ タロウ", "ヤマダ ハナコ", "ヤマダ イチロウ", "ヤマダ ジロウ", "ヤマダ ミサキ", "ヤマダ ショウタ"];
    private static readonly string[] Relations = ["世帯主", "妻", "長男", "二男", "長女", "三男"];

    private static IEnumerable<PrintableRow> Member(int number) =>
    [
        new($"{number}人目 氏名", Names[number - 1]),
        new($"{number}人目 フリガナ", Readings[number - 1]),
        new($"{number}人目 続柄", Relations[number - 1]),
        new($"{number}人目 生年月日", $"平成{number + 1}年{number}月{number + 10}日"),
    ];
}
