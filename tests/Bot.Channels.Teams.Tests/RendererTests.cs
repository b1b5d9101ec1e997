using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Channels.Teams.Activities;
using Bot.Channels.Teams.Rendering;
using Bot.Core.Messages;

namespace Bot.Channels.Teams.Tests;

public sealed class RendererTests
{
    private static readonly ConversationReference Reference = new(
        new Uri("https://smba.example.com/jp/"),
        "msteams",
        new ConversationAccount("a:conv", "tenant-1", "personal"),
        new ChannelAccount("29:user", AadObjectId: "aad-user"),
        new ChannelAccount("28:bot"),
        "tenant-1",
        "ja-JP");

    [Fact]
    public void A_text_message_is_plain_text_addressed_to_the_user_as_a_reply()
    {
        var activity = TeamsActivityRenderer.Render(new TextMessage("こんにちは。"), Reference, "act-1");

        var json = Json(activity);
        Assert.Equal("message", (string?)json["type"]);
        Assert.Equal("こんにちは。", (string?)json["text"]);
        Assert.Equal("plain", (string?)json["textFormat"]);
        Assert.Equal("act-1", (string?)json["replyToId"]);
        Assert.Equal("28:bot", (string?)json["from"]!["id"]);
        Assert.Equal("29:user", (string?)json["recipient"]!["id"]);
        Assert.Equal("a:conv", (string?)json["conversation"]!["id"]);
        Assert.Null(json["attachments"]);
    }

    [Fact]
    public void Choices_are_suggested_actions_and_also_card_buttons_that_submit_the_action()
    {
        var message = new ChoicesMessage("どれにしますか。", [new Choice("転入届", "proc:tennyu"), new Choice("やめる", "cancel")]);

        var json = Json(TeamsActivityRenderer.Render(message, Reference, null));

        Assert.Equal("どれにしますか。", (string?)json["text"]);
        var suggested = json["suggestedActions"]!["actions"]!.AsArray();
        Assert.Equal(["messageBack", "messageBack"], suggested.Select(a => (string?)a!["type"]));
        Assert.Equal("転入届", (string?)suggested[0]!["title"]);
        Assert.Equal("proc:tennyu", (string?)suggested[0]!["value"]!["action"]);
        Assert.Equal(["29:user"], json["suggestedActions"]!["to"]!.AsArray().Select(t => (string?)t));
        var card = SingleCard(json);
        var actions = card["actions"]!.AsArray();
        Assert.Equal(["Action.Submit", "Action.Submit"], actions.Select(a => (string?)a!["type"]));
        Assert.Equal("やめる", (string?)actions[1]!["title"]);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"action":"cancel"}"""), actions[1]!["data"]));
    }

    [Fact]
    public void Cards_are_adaptive_cards_1_5_in_a_carousel_with_a_fact_set_and_both_kinds_of_button()
    {
        var card = new Card("転入届", "引っ越してきたとき",
            [new CardField("手数料", "無料"), new CardField("期限", "14日以内")],
            [CardButton.ForAction("申請する", "apply:tennyu"), CardButton.ForLink("詳しく", new Uri("https://portal.example.com/p/tennyu"))]);
        var message = new CardsMessage("手続きが2件見つかりました。", [card, card with { Title = "転出届", Subtitle = null }]);

        var json = Json(TeamsActivityRenderer.Render(message, Reference, null));

        Assert.Equal("carousel", (string?)json["attachmentLayout"]);
        Assert.Equal("手続きが2件見つかりました。", (string?)json["text"]);
        var attachments = json["attachments"]!.AsArray();
        Assert.Equal(2, attachments.Count);
        var first = attachments[0]!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)first["contentType"]);
        var content = first["content"]!;
        Assert.Equal("AdaptiveCard", (string?)content["type"]);
        Assert.Equal("1.5", (string?)content["version"]);
        var body = content["body"]!.AsArray();
        Assert.Equal(["TextBlock", "TextBlock", "FactSet"], body.Select(b => (string?)b!["type"]));
        Assert.Equal("転入届", (string?)body[0]!["text"]);
        Assert.Equal("Bolder", (string?)body[0]!["weight"]);
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""[{"title":"手数料","value":"無料"},{"title":"期限","value":"14日以内"}]"""),
            body[2]!["facts"]));
        var actions = content["actions"]!.AsArray();
        Assert.Equal("Action.Submit", (string?)actions[0]!["type"]);
        Assert.Equal("apply:tennyu", (string?)actions[0]!["data"]!["action"]);
        Assert.Equal("Action.OpenUrl", (string?)actions[1]!["type"]);
        Assert.Equal("https://portal.example.com/p/tennyu", (string?)actions[1]!["url"]);
        Assert.Equal(["TextBlock", "FactSet"], attachments[1]!["content"]!["body"]!.AsArray().Select(b => (string?)b!["type"]));
    }

    [Fact]
    public void A_link_is_a_card_with_an_open_url_action()
    {
        var message = new LinkMessage("こちらから入力してください。", "入力フォーム", new Uri("https://portal.example.com/forms/1"));

        var card = SingleCard(Json(TeamsActivityRenderer.Render(message, Reference, null)));

        Assert.Equal("こちらから入力してください。", (string?)card["body"]![0]!["text"]);
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""[{"type":"Action.OpenUrl","title":"入力フォーム","url":"https://portal.example.com/forms/1"}]"""),
            card["actions"]));
    }

    [Fact]
    public void An_image_is_a_card_with_an_image_and_its_alt_text()
    {
        var message = new ImageMessage(new Uri("https://bot.example.com/qr/abc.png"), "ログイン用のQRコード");

        var card = SingleCard(Json(TeamsActivityRenderer.Render(message, Reference, null)));

        var image = Assert.Single(card["body"]!.AsArray())!;
        Assert.Equal("Image", (string?)image["type"]);
        Assert.Equal("https://bot.example.com/qr/abc.png", (string?)image["url"]);
        Assert.Equal("ログイン用のQRコード", (string?)image["altText"]);
        Assert.Null(card["actions"]);
    }

    [Theory]
    [InlineData("""{"action":"apply:1"}""", "押したラベル", null, "apply:1", null)]
    [InlineData("""{"action":"save","name":"山田","agree":true}""", null, null, "save", """{"name":"山田","agree":"true"}""")]
    [InlineData(null, " 転入届 ", "転入届", null, null)]
    [InlineData("""{"other":"x"}""", "こんにちは", "こんにちは", null, """{"other":"x"}""")]
    [InlineData(null, "<at>ポータル</at> 住民票", "住民票", null, null)]
    [InlineData(null, "<at>ポータル</at>", null, null, null)]
    public void An_inbound_message_maps_its_text_or_its_submitted_value(string? value, string? text, string? expectedText, string? expectedAction, string? expectedValues)
    {
        var activity = new Activity
        {
            Id = "act-9",
            From = new ChannelAccount("29:user", AadObjectId: "aad-user"),
            Text = text,
            Value = value is null ? null : JsonDocument.Parse(value).RootElement,
        };

        var incoming = IncomingActivityMapper.ToIncoming(activity, DateTimeOffset.UnixEpoch);

        Assert.Equal(new ChannelUser("msteams", "aad-user"), incoming.User);
        Assert.Equal(expectedText, incoming.Text);
        Assert.Equal(expectedAction, incoming.Action);
        Assert.Equal(expectedValues is null ? null : JsonSerializer.Deserialize<Dictionary<string, string>>(expectedValues), incoming.Values);
        Assert.Equal("act-9", incoming.MessageId);
    }

    [Fact]
    public void A_user_without_an_entra_object_id_is_known_by_the_channel_account_id()
    {
        var user = IncomingActivityMapper.User(new Activity { From = new ChannelAccount("29:guest") });

        Assert.Equal(new ChannelUser("msteams", "29:guest"), user);
    }

    private static JsonNode Json(Activity activity) => JsonSerializer.SerializeToNode(activity, ActivityJson.Options)!;

    private static JsonNode SingleCard(JsonNode activity)
    {
        var attachment = Assert.Single(activity["attachments"]!.AsArray())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)attachment["contentType"]);
        Assert.Equal("1.5", (string?)attachment["content"]!["version"]);
        return attachment["content"]!;
    }
}
