using Bot.Operator.Cli;
using Bot.Operator.Drawing;
using Bot.Operator.FrontDoor;
using Bot.Operator.Teams;

namespace Bot.Operator.Commands;

/// <summary><c>teams package</c>: writes the app package to upload in Teams' admin centre (or sideload).</summary>
internal static class TeamsPackageCommand
{
    /// <summary>The bot's app id, the same setting the bot's host reads.</summary>
    public const string BotIdVariable = "Bot__Teams__AppId";

    public const string DefaultOutput = ".local/front-door/teams-app.zip";

    public static int Run(IReadOnlyList<string> args, CommandContext context)
    {
        var options = Options.Parse(args, ["bot-id", "website", "version", "app-id", "out", "data"], repeatable: ["domain"]);
        var data = context.LoadData(options.Optional("data"));
        var botIdText = options.Optional("bot-id") ?? context.Environment(BotIdVariable)
            ?? throw new UsageException($"--bot-id（Azure Bot の Microsoft App ID）か環境変数 {BotIdVariable} が必要です。");
        var botId = Guid.TryParse(botIdText, out var parsedBot) ? parsedBot : throw new UsageException("--bot-id は GUID です（Azure Bot の Microsoft App ID）。");
        var website = Uri.TryCreate(options.Required("website"), UriKind.Absolute, out var site) && site.Scheme == "https"
            ? site
            : throw new UsageException("--website はポータルの https の URL です（開発者・プライバシー・利用規約のページに使います）。");
        var version = options.Optional("version");
        if (version is not null && !FrontDoorRules.Version().IsMatch(version))
        {
            throw new UsageException("--version は 1.0.1 のような形です（アップロードのたびに大きくします）。");
        }
        Guid? appId = options.Optional("app-id") is { } appIdText
            ? Guid.TryParse(appIdText, out var parsedApp) ? parsedApp : throw new UsageException("--app-id は GUID です。")
            : null;
        var domains = new[] { website.Host }.Concat(options.Many("domain").Select(Domain)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

        var path = options.Optional("out") ?? DefaultOutput;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using (var typeface = JapaneseFont.Load(context.Environment(JapaneseFont.PathVariable)))
        using (var file = File.Create(path))
        {
            TeamsPackage.Write(file, data, new TeamsPackageRequest(botId, website, domains, version, appId), typeface);
        }
        context.Output.WriteLine($"{path}（bot {botId}、version {version ?? data.Teams.Version}、validDomains {string.Join(',', domains)}）");
        return ExitCodes.Ok;
    }

    /// <summary>A host name as Teams takes it (no scheme, no path; a leading "*." allowed).</summary>
    private static string Domain(string text)
    {
        var host = text.StartsWith("*.", StringComparison.Ordinal) ? text[2..] : text;
        return Uri.CheckHostName(host) == UriHostNameType.Dns
            ? text.ToLowerInvariant()
            : throw new UsageException($"--domain \"{text}\" はホスト名ではありません（例: bot.example.jp。https:// やパスは付けません）。");
    }
}
