using Bot.Operator.Cli;
using Bot.Operator.Commands;
using Bot.Operator.Line;

namespace Bot.Operator;

/// <summary>
/// The whole command line, callable in process: returns one of <see cref="ExitCodes"/>; a mistake or a refusal is one
/// Japanese line on <c>error</c>, never a stack trace, and never the access token.
/// </summary>
public static class BotOperatorCommands
{
    public const string Usage = """
        bot-operator: チャットボットを住民の前に置くための運用コマンド（LINE のリッチメニュー、Teams のアプリパッケージ）。
        メニューの項目・領域・ボタンの動作・Teams の説明文は front-door.json（データ）にあります。

        Usage:
          bot-operator line rich-menu render [--out <dir>]
              リッチメニューの画像をデータから描いて <dir>/line-rich-menu.png に書きます（既定 .local/front-door）。API は呼びません。
          bot-operator line rich-menu create [--image <png>] [--default]
              リッチメニューを作り、画像（既定はデータから描いたもの）をアップロードします。--default で続けて全員の既定にします。
              付けなければ作るだけで、まだ誰にも表示されません（switch で表示します）。
          bot-operator line rich-menu switch --to <richMenuId | alias> [--user <userId>]
              全員の既定のメニューを切り替え、データの alias をそれに向けます。--user ならその利用者だけにリンクします（試すとき）。
          bot-operator line rich-menu list
              リッチメニューの一覧（既定のもの・alias つき）。
          bot-operator line rich-menu delete --id <richMenuId>
              削除します。今の既定のメニューは削除できません（先に switch）。
          bot-operator teams package --bot-id <GUID> --website <https URL> [--domain <host>]... [--version <x.y.z>] [--app-id <GUID>] [--out <zip>]
              Teams のアプリパッケージ（manifest.json, color.png 192x192, outline.png 32x32）を作ります（既定 .local/front-door/teams-app.zip）。
              --bot-id を省くと環境変数 Bot__Teams__AppId。--domain はボットのリンク先（コンテンツページなど）のホスト。
          bot-operator help

          どのコマンドも --data <json> で別のデータを使えます（既定はツールの隣の FrontDoor/front-door.json、または Bot__Operator__FrontDoorData）。

        環境変数: Bot__Line__ChannelAccessToken（必須。リポジトリには置きません）, Bot__Line__ApiBaseUrl（既定 https://api.line.me）,
                  Bot__Line__ApiDataBaseUrl（既定 https://api-data.line.me）, Bot__Operator__FontPath（既定 IPAex ゴシックの Debian のパス）。
        終了コード: 0 完了, 1 失敗, 2 コマンドラインの誤り（何も送りません）, 3 見つからない, 4 競合, 5 LINE に接続できない・上限。
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        return await RunAsync(args, output, error, Environment.GetEnvironmentVariable, http);
    }

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, Func<string, string?> environment, HttpClient http,
        CancellationToken ct = default)
    {
        var context = new CommandContext(output, environment, http);
        try
        {
            return args switch
            {
                ["help" or "--help" or "-h"] => Help(output),
                ["line", "rich-menu", "render", .. var rest] => LineRichMenuCommands.Render(rest, context),
                ["line", "rich-menu", "create", .. var rest] => await LineRichMenuCommands.CreateAsync(rest, context, ct),
                ["line", "rich-menu", "switch", .. var rest] => await LineRichMenuCommands.SwitchAsync(rest, context, ct),
                ["line", "rich-menu", "list", .. var rest] => await LineRichMenuCommands.ListAsync(rest, context, ct),
                ["line", "rich-menu", "delete", .. var rest] => await LineRichMenuCommands.DeleteAsync(rest, context, ct),
                ["teams", "package", .. var rest] => TeamsPackageCommand.Run(rest, context),
                [] => throw new UsageException("コマンドがありません。"),
                ["line", ..] => throw new UsageException("line のコマンドは rich-menu render|create|switch|list|delete です。"),
                ["teams", ..] => throw new UsageException("teams のコマンドは package です。"),
                [var command, ..] => throw new UsageException($"不明なコマンド \"{command}\" です。"),
            };
        }
        catch (UsageException e)
        {
            return Fail(error, e.Message + " 使い方は \"bot-operator help\" で表示します。", ExitCodes.Usage);
        }
        catch (OperatorException e)
        {
            return Fail(error, e.Message, e.ExitCode);
        }
        catch (LineApiException e)
        {
            return Fail(error, LineRefusal.Describe(e), LineRefusal.ExitCode(e));
        }
        catch (HttpRequestException e) when (e.StatusCode is null)
        {
            return Fail(error, $"LINE に接続できません（{e.HttpRequestError}）。ネットワークと Bot__Line__ApiBaseUrl を確かめてください。", ExitCodes.Unavailable);
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return Fail(error, "LINE が時間内に答えませんでした。しばらくしてからもう一度実行してください。", ExitCodes.Unavailable);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return Fail(error, e.Message, ExitCodes.Failure);
        }
    }

    private static int Help(TextWriter output)
    {
        output.Write(Usage);
        output.WriteLine();
        return ExitCodes.Ok;
    }

    private static int Fail(TextWriter error, string message, int exitCode)
    {
        error.WriteLine($"bot-operator: {message}");
        return exitCode;
    }
}
