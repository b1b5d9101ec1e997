using System.Text.RegularExpressions;

namespace Bot.Operator.FrontDoor;

/// <summary>
/// LINE's and Teams' limits, checked when the data is read so a mistake is caught before any API call or upload
/// (LINE would answer 400 for most of them, Teams' admin centre would refuse the package for the rest).
/// </summary>
public static partial class FrontDoorRules
{
    public const int MaxAreas = 20;
    public const int MaxChatBarText = 14;
    public const int MaxActionLabel = 20;
    public const int MaxPostbackData = 300;
    public const int MaxTeamsCommands = 10;
    public const int MaxTeamsCommandTitle = 32;
    public const int MaxTeamsCommandDescription = 128;

    public static void Check(FrontDoorData data)
    {
        var problems = new List<string>();
        var line = data.Line;
        if (line.Size is not { Width: 2500, Height: 1686 or 843 })
        {
            problems.Add("line.size は 2500x1686 か 2500x843 です。");
        }
        if (!AliasId().IsMatch(line.Alias) || line.Name.Length is 0 or > 300)
        {
            problems.Add("line.alias は英数字・_・- で32文字まで、line.name は1〜300文字です。");
        }
        if (line.ChatBarText.Length is 0 or > MaxChatBarText)
        {
            problems.Add($"line.chatBarText は1〜{MaxChatBarText}文字です。");
        }
        if (line.Areas.Count is 0 or > MaxAreas)
        {
            problems.Add($"line.areas は1〜{MaxAreas}個です。");
        }
        foreach (var area in line.Areas)
        {
            var b = area.Bounds;
            if (b.X < 0 || b.Y < 0 || b.Width <= 0 || b.Height <= 0 || b.Right > line.Size.Width || b.Bottom > line.Size.Height)
            {
                problems.Add($"line.areas の {area.Command} がメニューの外にはみ出しています。");
            }
            if (line.Areas.Any(other => !ReferenceEquals(other, area) && other.Bounds.Overlaps(b)))
            {
                problems.Add($"line.areas の {area.Command} がほかの領域と重なっています。");
            }
            if (data.Commands.All(c => c.Id != area.Command))
            {
                problems.Add($"line.areas の {area.Command} は commands にありません。");
            }
            if (!IsColor(area.Color) || !IsColor(area.TextColor))
            {
                problems.Add($"line.areas の {area.Command} の色は #RRGGBB で書きます。");
            }
        }
        if (data.Commands.Count is 0 or > MaxTeamsCommands)
        {
            problems.Add($"commands は1〜{MaxTeamsCommands}個です（Teams のコマンド一覧の上限）。");
        }
        foreach (var command in data.Commands)
        {
            if (command.Label.Length is 0 or > MaxActionLabel || command.Text.Length is 0 or > MaxTeamsCommandTitle)
            {
                problems.Add($"commands の {command.Id} の label は1〜{MaxActionLabel}文字、text は1〜{MaxTeamsCommandTitle}文字です。");
            }
            if (command.Description.Length is 0 or > MaxTeamsCommandDescription)
            {
                problems.Add($"commands の {command.Id} の description は1〜{MaxTeamsCommandDescription}文字です。");
            }
            if (command.Postback.Length is 0 or > MaxPostbackData)
            {
                problems.Add($"commands の {command.Id} の postback は1〜{MaxPostbackData}文字です。");
            }
        }
        var teams = data.Teams;
        if (teams.ShortName.Length is 0 or > 30 || teams.FullName.Length is 0 or > 100)
        {
            problems.Add("teams の shortName は30文字、fullName は100文字までです。");
        }
        if (teams.ShortDescription.Length is 0 or > 80 || teams.FullDescription.Length is 0 or > 4000)
        {
            problems.Add("teams の shortDescription は80文字、fullDescription は4000文字までです。");
        }
        if (!IsColor(teams.AccentColor) || !Version().IsMatch(teams.Version))
        {
            problems.Add("teams の accentColor は #RRGGBB、version は 1.0.0 の形です。");
        }
        if (problems.Count > 0)
        {
            throw new InvalidDataException("front-door.json: " + string.Join(" ", problems));
        }
    }

    public static bool IsColor(string text) => Color().IsMatch(text);

    [GeneratedRegex("^[A-Za-z0-9_-]{1,32}$")]
    private static partial Regex AliasId();

    [GeneratedRegex("^#[0-9A-Fa-f]{6}$")]
    private static partial Regex Color();

    [GeneratedRegex(@"^[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}$")]
    public static partial Regex Version();
}
