using System.Text.Json.Nodes;
using Bot.Channels.Line.Rendering;
using Bot.Core.Messages;

namespace Bot.Channels.Line.Tests.Rendering;

public sealed class LineMessageRendererTests
{
    private static readonly LineMessageRenderer Renderer = new();

    private static readonly Card PassportCard = new("パスポートの申請", "東京都",
        [new CardField("手数料", "16,000円"), new CardField("期間", "約1週間")],
        [CardButton.ForAction("申請する", "procedure:passport:start"), CardButton.ForLink("詳しく見る", new Uri("https://example.jp/passport"))]);

    public static TheoryData<string, OutgoingMessage, string[]> Kinds => new()
    {
        { "text", new TextMessage("こんにちは。"), ["text"] },
        { "long text", new TextMessage(new string('あ', 12_000)), ["text", "text", "text"] },
        { "choices", new ChoicesMessage("どれにしますか。", [new Choice("はい", "yes")]), ["text"] },
        { "cards", new CardsMessage("検索結果", [PassportCard]), ["flex"] },
        { "link", new LinkMessage("こちらから入力してください。", "入力する", new Uri("https://example.jp/form")), ["flex"] },
        { "image", new ImageMessage(new Uri("https://example.jp/qr.png"), "QRコード"), ["image"] },
        { "empty text", new TextMessage("  "), [] },
        { "choices without choices", new ChoicesMessage("入力してください。", []), ["text"] },
        { "no cards", new CardsMessage("見つかりませんでした。", []), ["text"] },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EachKindBecomesTheLineMessagesItShould(string _, OutgoingMessage message, string[] types) =>
        Assert.Equal(types, Renderer.Render(message).Select(m => (string?)m["type"]));

    [Fact]
    public void LongTextIsSplitAt5000CharactersWithoutBreakingASurrogatePair()
    {
        var text = new string('あ', 4999) + "𠮷" + "の続き";

        var parts = Renderer.Render(new TextMessage(text)).Select(m => (string)m["text"]!).ToList();

        Assert.Equal([4999, 5], parts.Select(p => p.Length));
        Assert.Equal(text, string.Concat(parts));
    }

    [Fact]
    public void ChoicesAreQuickReplyPostbacksKeptToThirteenWithLabelsOfTwentyCharacters()
    {
        var choices = Enumerable.Range(1, 15).Select(i => new Choice($"選択肢{i}", $"choice:{i}")).Prepend(
            new Choice("とても長いラベルの選択肢でLINEの二十文字を超えるもの", "long")).ToList();

        var message = Assert.Single(Renderer.Render(new ChoicesMessage("お選びください。", choices)));

        Assert.Equal("お選びください。", (string?)message["text"]);
        var items = message["quickReply"]!["items"]!.AsArray();
        Assert.Equal(LineLimits.QuickReplyItems, items.Count);
        var first = items[0]!["action"]!;
        Assert.Equal("postback", (string?)first["type"]);
        Assert.Equal("long", (string?)first["data"]);
        Assert.True(((string)first["label"]!).Length <= LineLimits.QuickReplyLabelLength);
        Assert.Equal("とても長いラベルの選択肢でLINEの二十文字を超えるもの", (string?)first["displayText"]);
        Assert.Equal("choice:12", (string?)items[12]!["action"]!["data"]);
    }

    [Fact]
    public void ChoicesWithoutChoicesOrCardsWithoutCardsAreTheirTextAlone()
    {
        var choices = Assert.Single(Renderer.Render(new ChoicesMessage("入力してください。", [])));
        var cards = Assert.Single(Renderer.Render(new CardsMessage("見つかりませんでした。", [])));

        Assert.Equal(("入力してください。", null), ((string?)choices["text"], choices["quickReply"]));
        Assert.Equal("見つかりませんでした。", (string?)cards["text"]);
    }

    [Fact]
    public void AChoiceWhoseActionIsLongerThanAPostbackCanCarryIsRefused() =>
        Assert.Throws<ArgumentException>(() => Renderer.Render(new ChoicesMessage("?", [new Choice("はい", new string('x', 301))])));

    [Fact]
    public void CardsAreAFlexCarouselOfBubblesWithRowsAndPostbackOrUriButtons()
    {
        var message = Assert.Single(Renderer.Render(new CardsMessage("検索結果: 1件", [PassportCard])));

        Assert.Equal("検索結果: 1件", (string?)message["altText"]);
        var carousel = message["contents"]!;
        Assert.Equal("carousel", (string?)carousel["type"]);
        var bubble = Assert.Single(carousel["contents"]!.AsArray())!;
        Assert.Equal("bubble", (string?)bubble["type"]);
        var body = bubble["body"]!["contents"]!.AsArray();
        Assert.Equal(["パスポートの申請", "東京都"], body.Take(2).Select(c => (string?)c!["text"]));
        var row = body[2]!;
        Assert.Equal("box", (string?)row["type"]);
        Assert.Equal(["手数料", "16,000円"], row["contents"]!.AsArray().Select(c => (string?)c!["text"]));
        var actions = bubble["footer"]!["contents"]!.AsArray().Select(b => b!["action"]!).ToList();
        Assert.Equal(("postback", "procedure:passport:start"), ((string?)actions[0]["type"], (string?)actions[0]["data"]));
        Assert.Equal(("uri", "https://example.jp/passport"), ((string?)actions[1]["type"], (string?)actions[1]["uri"]));
    }

    [Fact]
    public void ACarouselKeepsTwelveBubblesAnAltTextOf400AndNoFooterWithoutButtons()
    {
        var cards = Enumerable.Range(1, 14).Select(i => new Card($"手続き{i}", null, [], [])).ToList();

        var message = Assert.Single(Renderer.Render(new CardsMessage(new string('件', 450), cards)));

        Assert.Equal(LineLimits.AltTextLength, ((string)message["altText"]!).Length);
        var bubbles = message["contents"]!["contents"]!.AsArray();
        Assert.Equal(LineLimits.CarouselBubbles, bubbles.Count);
        Assert.All(bubbles, b => Assert.Null(b!["footer"]));
        Assert.Single(bubbles[0]!["body"]!["contents"]!.AsArray());
    }

    [Fact]
    public void ALinkIsABubbleWithItsTextAndOneUriButton()
    {
        var message = Assert.Single(Renderer.Render(new LinkMessage("こちらから入力してください。", "入力する", new Uri("https://liff.line.me/123-abc"))));

        Assert.Equal("こちらから入力してください。", (string?)message["altText"]);
        var bubble = message["contents"]!;
        Assert.Equal("bubble", (string?)bubble["type"]);
        var action = Assert.Single(bubble["footer"]!["contents"]!.AsArray())!["action"]!;
        Assert.Equal(("uri", "入力する", "https://liff.line.me/123-abc"), ((string?)action["type"], (string?)action["label"], (string?)action["uri"]));
    }

    [Fact]
    public void AnImageIsServedOverHttpsOnly()
    {
        var image = Assert.Single(Renderer.Render(new ImageMessage(new Uri("https://example.jp/qr.png"), "QRコード")));
        Assert.Equal(("https://example.jp/qr.png", "https://example.jp/qr.png"),
            ((string?)image["originalContentUrl"], (string?)image["previewImageUrl"]));

        Assert.Throws<ArgumentException>(() => Renderer.Render(new ImageMessage(new Uri("http://example.jp/qr.png"), "QRコード")));
    }

    [Fact]
    public void RenderingTheSameMessageTwiceGivesIndependentNodes()
    {
        var message = new TextMessage("こんにちは。");
        JsonObject first = Renderer.Render(message)[0];
        first["text"] = "changed";

        Assert.Equal("こんにちは。", (string?)Renderer.Render(message)[0]["text"]);
    }
}
