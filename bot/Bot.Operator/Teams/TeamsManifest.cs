using System.Text.Json.Nodes;
using Bot.Operator.FrontDoor;

namespace Bot.Operator.Teams;

/// <summary>
/// The Teams app manifest (schema 1.17): one bot, personal scope only (the bot refuses group chats, and what it shows
/// is one resident's own), the front door's commands as the bot's command list.
/// </summary>
public static class TeamsManifest
{
    public const string ManifestVersion = "1.17";
    public const string Schema = "https://developer.microsoft.com/json-schemas/teams/v1.17/MicrosoftTeams.schema.json";
    public const string ColorIcon = "color.png";
    public const string OutlineIcon = "outline.png";

    public static JsonObject Build(FrontDoorData data, TeamsPackageRequest request)
    {
        var app = data.Teams;
        var commands = new JsonArray();
        foreach (var command in data.Commands)
        {
            // Teams sends the title as the message text: a word the bot's router knows.
            commands.Add(new JsonObject { ["title"] = command.Text, ["description"] = command.Description });
        }
        var domains = new JsonArray();
        foreach (var domain in request.ValidDomains)
        {
            domains.Add(domain);
        }
        return new JsonObject
        {
            ["$schema"] = Schema,
            ["manifestVersion"] = ManifestVersion,
            ["version"] = request.Version ?? app.Version,
            ["id"] = (request.AppId ?? app.AppId).ToString(),
            ["developer"] = new JsonObject
            {
                ["name"] = app.DeveloperName,
                ["websiteUrl"] = request.Website.ToString(),
                ["privacyUrl"] = new Uri(request.Website, app.PrivacyPath).ToString(),
                ["termsOfUseUrl"] = new Uri(request.Website, app.TermsOfUsePath).ToString(),
            },
            ["name"] = new JsonObject { ["short"] = app.ShortName, ["full"] = app.FullName },
            ["description"] = new JsonObject { ["short"] = app.ShortDescription, ["full"] = app.FullDescription },
            ["icons"] = new JsonObject { ["color"] = ColorIcon, ["outline"] = OutlineIcon },
            ["accentColor"] = app.AccentColor,
            ["bots"] = new JsonArray
            {
                new JsonObject
                {
                    ["botId"] = request.BotId.ToString(),
                    ["scopes"] = new JsonArray("personal"),
                    ["supportsFiles"] = false,
                    ["isNotificationOnly"] = false,
                    ["commandLists"] = new JsonArray { new JsonObject { ["scopes"] = new JsonArray("personal"), ["commands"] = commands } },
                },
            },
            ["permissions"] = new JsonArray("identity"),
            ["validDomains"] = domains,
        };
    }
}
