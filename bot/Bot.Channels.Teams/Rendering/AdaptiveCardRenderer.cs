using System.Text.Json.Nodes;
using Bot.Channels.Teams.Activities;
using Bot.Core.Messages;

namespace Bot.Channels.Teams.Rendering;

/// <summary>
/// Adaptive Cards 1.5 (the highest Teams renders) as plain JSON. Buttons that act come back as <c>Action.Submit</c>
/// with <c>data = {"action": ...}</c>; links are <c>Action.OpenUrl</c>.
/// </summary>
public static class AdaptiveCardRenderer
{
    public const string Version = "1.5";

    public const string ActionKey = "action";

    public static Attachment Card(Card card)
    {
        var body = new JsonArray { TextBlock(card.Title, bold: true) };
        if (!string.IsNullOrEmpty(card.Subtitle))
        {
            body.Add(TextBlock(card.Subtitle, subtle: true));
        }

        if (card.Fields.Count > 0)
        {
            var facts = new JsonArray();
            foreach (var field in card.Fields)
            {
                facts.Add(new JsonObject { ["title"] = field.Label, ["value"] = field.Value });
            }

            body.Add(new JsonObject { ["type"] = "FactSet", ["facts"] = facts });
        }

        var actions = new JsonArray();
        foreach (var button in card.Buttons.Take(Bot.Core.Messages.Card.MaxButtons))
        {
            actions.Add(button.Link is { } link ? OpenUrl(button.Label, link) : Submit(button.Label, button.Action ?? ""));
        }

        return Wrap(body, actions);
    }

    /// <summary>The choices as card buttons: Teams shows suggested actions in 1:1 chats only, cards everywhere.</summary>
    public static Attachment Choices(ChoicesMessage message)
    {
        var actions = new JsonArray();
        foreach (var choice in message.Choices)
        {
            actions.Add(Submit(choice.Label, choice.Action));
        }

        return Wrap([TextBlock(message.Text)], actions);
    }

    public static Attachment Link(LinkMessage message) =>
        Wrap([TextBlock(message.Text)], [OpenUrl(message.Label, message.Url)]);

    public static Attachment Image(ImageMessage message) =>
        Wrap([new JsonObject { ["type"] = "Image", ["url"] = message.Url.AbsoluteUri, ["altText"] = message.AltText, ["size"] = "Large" }], []);

    private static Attachment Wrap(JsonArray body, JsonArray actions)
    {
        var content = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["body"] = body,
        };
        if (actions.Count > 0)
        {
            content["actions"] = actions;
        }

        return new Attachment(Attachment.AdaptiveCardContentType, content);
    }

    private static JsonObject TextBlock(string text, bool bold = false, bool subtle = false)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (bold)
        {
            block["weight"] = "Bolder";
            block["size"] = "Medium";
        }

        if (subtle)
        {
            block["isSubtle"] = true;
        }

        return block;
    }

    private static JsonObject Submit(string label, string action) => new()
    {
        ["type"] = "Action.Submit",
        ["title"] = label,
        ["data"] = new JsonObject { [ActionKey] = action },
    };

    private static JsonObject OpenUrl(string label, Uri url) => new()
    {
        ["type"] = "Action.OpenUrl",
        ["title"] = label,
        ["url"] = url.AbsoluteUri,
    };
}
