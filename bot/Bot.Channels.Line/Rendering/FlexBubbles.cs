using System.Text.Json.Nodes;
using Bot.Core.Messages;

namespace Bot.Channels.Line.Rendering;

/// <summary>Flex bubbles: a card (title, subtitle, label/value rows, buttons) and a text with one link button.</summary>
internal static class FlexBubbles
{
    public static JsonObject ForCard(Card card)
    {
        var body = new JsonArray { Text(card.Title, "lg", bold: true) };
        if (!string.IsNullOrWhiteSpace(card.Subtitle))
        {
            body.Add(Text(card.Subtitle, "sm", color: "#666666"));
        }

        foreach (var field in card.Fields)
        {
            body.Add(Row(field));
        }

        var buttons = card.Buttons.Take(Card.MaxButtons).Select(Button).ToArray();
        return Bubble(body, buttons);
    }

    public static JsonObject ForLink(LinkMessage link) =>
        Bubble([Text(link.Text, "md")], [Button(CardButton.ForLink(link.Label, link.Url))]);

    private static JsonObject Bubble(JsonArray body, JsonObject[] buttons)
    {
        var bubble = new JsonObject
        {
            ["type"] = "bubble",
            ["body"] = new JsonObject { ["type"] = "box", ["layout"] = "vertical", ["spacing"] = "sm", ["contents"] = body },
        };
        if (buttons.Length > 0)
        {
            bubble["footer"] = new JsonObject
            {
                ["type"] = "box",
                ["layout"] = "vertical",
                ["spacing"] = "sm",
                ["contents"] = new JsonArray(buttons),
            };
        }

        return bubble;
    }

    private static JsonObject Row(CardField field) => new()
    {
        ["type"] = "box",
        ["layout"] = "baseline",
        ["spacing"] = "sm",
        ["contents"] = new JsonArray
        {
            new JsonObject { ["type"] = "text", ["text"] = NonEmpty(field.Label), ["size"] = "sm", ["color"] = "#888888", ["flex"] = 2, ["wrap"] = true },
            new JsonObject { ["type"] = "text", ["text"] = NonEmpty(field.Value), ["size"] = "sm", ["flex"] = 5, ["wrap"] = true },
        },
    };

    private static JsonObject Button(CardButton button) => new()
    {
        ["type"] = "button",
        ["style"] = button.Action is null ? "link" : "primary",
        ["height"] = "sm",
        ["action"] = button switch
        {
            { Action: { } action } => LineActions.Postback(button.Label, action, LineLimits.ButtonLabelLength),
            { Link: { } link } => LineActions.Uri(button.Label, link),
            _ => throw new ArgumentException("A card button needs an action or a link.", nameof(button)),
        },
    };

    private static JsonObject Text(string text, string size, bool bold = false, string? color = null)
    {
        var node = new JsonObject { ["type"] = "text", ["text"] = NonEmpty(text), ["size"] = size, ["wrap"] = true };
        if (bold)
        {
            node["weight"] = "bold";
        }

        if (color is not null)
        {
            node["color"] = color;
        }

        return node;
    }

    // Flex rejects an empty text component.
    private static string NonEmpty(string text) => string.IsNullOrEmpty(text) ? " " : text;
}
