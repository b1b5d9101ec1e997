using System.Text.Json.Nodes;
using Bot.Core.Messages;

namespace Bot.Channels.Line.Rendering;

/// <summary>
/// The core's channel-neutral messages as LINE message objects: text (split over 5000 characters), text with quick
/// replies, Flex carousels for cards, a Flex bubble with a URI button for links, and images. One outgoing message
/// may become several LINE messages (long text), so callers count LINE messages, not outgoing ones.
/// </summary>
public sealed class LineMessageRenderer
{
    public IReadOnlyList<JsonObject> RenderAll(IEnumerable<OutgoingMessage> messages) => messages.SelectMany(Render).ToList();

    public IReadOnlyList<JsonObject> Render(OutgoingMessage message) => message switch
    {
        // LINE refuses an empty text, an empty quick reply and an empty carousel: leave them out instead.
        TextMessage { Text: var text } when string.IsNullOrWhiteSpace(text) => [],
        TextMessage text => LineText.Split(text.Text, LineLimits.TextLength).Select(Text).ToList(),
        ChoicesMessage { Choices.Count: 0 } choices => Render(new TextMessage(choices.Text)),
        ChoicesMessage choices => [Choices(choices)],
        CardsMessage { Cards.Count: 0 } cards => Render(new TextMessage(cards.AltText)),
        CardsMessage cards => [Carousel(cards)],
        LinkMessage link => [Flex(link.Text, FlexBubbles.ForLink(link))],
        ImageMessage image => [Image(image)],
        _ => throw new NotSupportedException($"No LINE rendering for {message.GetType().Name}."),
    };

    private static JsonObject Text(string text) => new() { ["type"] = "text", ["text"] = text };

    private static JsonObject Choices(ChoicesMessage choices)
    {
        var items = choices.Choices.Take(LineLimits.QuickReplyItems).Select(choice => (JsonNode)new JsonObject
        {
            ["type"] = "action",
            ["action"] = LineActions.Postback(choice.Label, choice.Action, LineLimits.QuickReplyLabelLength),
        });
        var message = Text(LineText.Truncate(choices.Text, LineLimits.TextLength));
        message["quickReply"] = new JsonObject { ["items"] = new JsonArray(items.ToArray()) };
        return message;
    }

    private static JsonObject Carousel(CardsMessage cards)
    {
        var bubbles = cards.Cards.Take(LineLimits.CarouselBubbles).Select(card => (JsonNode)FlexBubbles.ForCard(card));
        return Flex(cards.AltText, new JsonObject { ["type"] = "carousel", ["contents"] = new JsonArray(bubbles.ToArray()) });
    }

    private static JsonObject Flex(string altText, JsonObject contents) => new()
    {
        ["type"] = "flex",
        ["altText"] = LineText.Truncate(string.IsNullOrWhiteSpace(altText) ? "メッセージ" : altText, LineLimits.AltTextLength),
        ["contents"] = contents,
    };

    private static JsonObject Image(ImageMessage image)
    {
        if (image.Url.Scheme != Uri.UriSchemeHttps)
        {
            throw new ArgumentException("LINE fetches images over https only.", nameof(image));
        }

        return new JsonObject
        {
            ["type"] = "image",
            ["originalContentUrl"] = image.Url.AbsoluteUri,
            ["previewImageUrl"] = image.Url.AbsoluteUri,
        };
    }
}
