using System.Text.Json.Nodes;
using Bot.Operator.FrontDoor;

namespace Bot.Operator.Line;

/// <summary>The rich menu object LINE's "create rich menu" takes, built from the data.</summary>
public static class RichMenuRequest
{
    public static JsonObject From(FrontDoorData data)
    {
        var menu = data.Line;
        var areas = new JsonArray();
        foreach (var area in menu.Areas)
        {
            var command = data.Command(area.Command);
            areas.Add(new JsonObject
            {
                ["bounds"] = new JsonObject { ["x"] = area.Bounds.X, ["y"] = area.Bounds.Y, ["width"] = area.Bounds.Width, ["height"] = area.Bounds.Height },
                // A postback, not a message action: the bot gets an action it routes without reading words, and
                // displayText still shows the resident what they tapped.
                ["action"] = new JsonObject
                {
                    ["type"] = "postback",
                    ["label"] = command.Label,
                    ["data"] = command.Postback,
                    ["displayText"] = command.Text,
                },
            });
        }
        return new JsonObject
        {
            ["size"] = new JsonObject { ["width"] = menu.Size.Width, ["height"] = menu.Size.Height },
            ["selected"] = menu.Selected,
            ["name"] = menu.Name,
            ["chatBarText"] = menu.ChatBarText,
            ["areas"] = areas,
        };
    }
}
