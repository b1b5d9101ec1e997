using Bot.Operator.Cli;
using Bot.Operator.FrontDoor;
using Bot.Operator.Line;

namespace Bot.Operator.Commands;

/// <summary>
/// <c>line rich-menu render|create|switch|list|delete</c>. A new menu is created beside the current one and only
/// <c>switch</c> puts it in front of residents (the default menu, and the data's alias pointed at it), so the old one
/// stays for a switch back until it is deleted.
/// </summary>
internal static class LineRichMenuCommands
{
    public const string DefaultOutput = ".local/front-door";

    public static int Render(IReadOnlyList<string> args, CommandContext context)
    {
        var options = Options.Parse(args, ["data", "out"]);
        var data = context.LoadData(options.Optional("data"));
        var png = RichMenuImage.For(data, null, context.Environment);
        var directory = options.Optional("out") ?? DefaultOutput;
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "line-rich-menu.png");
        File.WriteAllBytes(path, png);
        context.Output.WriteLine($"{path} ({data.Line.Size.Width}x{data.Line.Size.Height}, {png.Length} バイト)");
        return ExitCodes.Ok;
    }

    public static async Task<int> CreateAsync(IReadOnlyList<string> args, CommandContext context, CancellationToken ct)
    {
        var options = Options.Parse(args, ["data", "image"], switches: ["default"]);
        var data = context.LoadData(options.Optional("data"));
        var png = RichMenuImage.For(data, options.Optional("image"), context.Environment);
        var api = context.LineApi();
        var menu = RichMenuRequest.From(data);
        await api.ValidateAsync(menu, ct);
        var id = await api.CreateAsync(menu, ct);
        try
        {
            await api.UploadImageAsync(id, png, ct);
        }
        catch
        {
            // A menu without its image can never be shown or given another image: do not leave it behind.
            await api.DeleteAsync(id, CancellationToken.None);
            throw;
        }
        context.Output.WriteLine($"作成しました: {id}（{data.Line.Name}、画像 {png.Length} バイト）");
        if (options.Flag("default"))
        {
            await SwitchEveryoneAsync(api, data, id, context, ct);
        }
        else
        {
            context.Output.WriteLine($"まだ誰にも表示されていません。試す: bot-operator line rich-menu switch --to {id} --user <自分の userId>、全員に: switch --to {id}");
        }
        return ExitCodes.Ok;
    }

    public static async Task<int> SwitchAsync(IReadOnlyList<string> args, CommandContext context, CancellationToken ct)
    {
        var options = Options.Parse(args, ["to", "user", "data"]);
        var to = options.Required("to");
        var user = options.Optional("user");
        var api = context.LineApi();
        var id = await ResolveAsync(api, to, ct);
        if (user is not null)
        {
            await api.LinkUserAsync(user, id, ct);
            context.Output.WriteLine($"利用者 {user} に {id} を表示します（既定のメニューは変えていません）。");
            return ExitCodes.Ok;
        }
        await SwitchEveryoneAsync(api, context.LoadData(options.Optional("data")), id, context, ct);
        return ExitCodes.Ok;
    }

    public static async Task<int> ListAsync(IReadOnlyList<string> args, CommandContext context, CancellationToken ct)
    {
        Options.Parse(args, []);
        var api = context.LineApi();
        var menus = await api.ListAsync(ct);
        var current = await api.GetDefaultAsync(ct);
        var aliases = await api.ListAliasesAsync(ct);
        foreach (var menu in menus)
        {
            var names = aliases.Where(a => a.Value == menu.RichMenuId).Select(a => a.Key).Order(StringComparer.Ordinal).ToList();
            context.Output.WriteLine(string.Join('\t', menu.RichMenuId, menu.RichMenuId == current ? "既定" : "-", menu.Name,
                $"{menu.Width}x{menu.Height}", menu.ChatBarText, names.Count > 0 ? "alias: " + string.Join(',', names) : ""));
        }
        if (menus.Count == 0)
        {
            context.Output.WriteLine("リッチメニューはありません。");
        }
        return ExitCodes.Ok;
    }

    public static async Task<int> DeleteAsync(IReadOnlyList<string> args, CommandContext context, CancellationToken ct)
    {
        var options = Options.Parse(args, ["id"]);
        var id = options.Required("id");
        var api = context.LineApi();
        if (await api.GetDefaultAsync(ct) == id)
        {
            throw new OperatorException($"{id} は今の既定のメニューです（削除すると住民からメニューが消えます）。先に switch でほかのメニューに切り替えてください。",
                ExitCodes.Conflict);
        }
        await api.DeleteAsync(id, ct);
        context.Output.WriteLine($"削除しました: {id}");
        return ExitCodes.Ok;
    }

    private static async Task SwitchEveryoneAsync(LineRichMenuApi api, FrontDoorData data, string id, CommandContext context, CancellationToken ct)
    {
        await api.SetDefaultAsync(id, ct);
        await api.PointAliasAsync(data.Line.Alias, id, ct);
        context.Output.WriteLine($"既定のメニューを {id} にしました（alias {data.Line.Alias}）。個別にリンクした利用者は、そのリンクが優先されます。");
    }

    /// <summary>A rich menu id ("richmenu-…") as given, or an alias looked up.</summary>
    private static async Task<string> ResolveAsync(LineRichMenuApi api, string to, CancellationToken ct)
    {
        if (to.StartsWith("richmenu-", StringComparison.Ordinal))
        {
            return to;
        }
        var aliases = await api.ListAliasesAsync(ct);
        return aliases.TryGetValue(to, out var id)
            ? id
            : throw new OperatorException($"\"{to}\" というリッチメニューもエイリアスもありません（bot-operator line rich-menu list で確かめてください）。", ExitCodes.NotFound);
    }
}
