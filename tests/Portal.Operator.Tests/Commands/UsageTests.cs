using Microsoft.Extensions.Configuration;
using Portal.Operator.Tests.Support;
using Portal.Testing;

namespace Portal.Operator.Tests.Commands;

/// <summary>Wrong command lines exit 2 with one plain Japanese message, no stack trace, and write nothing.</summary>
[Collection(OperatorStackCollection.Name)]
public sealed class UsageTests(OperatorStack stack) : IDisposable
{
    private const string Id = "usage-never-written";

    private static readonly string[] Agency =
        ["agencies", "add", "--id", Id, "--name", "千代田区", "--scope", "agency.procedures"];

    private readonly TempFolder _folder = new();

    public static TheoryData<string, string[], string> UsageErrors => new()
    {
        { "no command", [], "コマンドがありません" },
        { "an unknown command", ["frobnicate"], "不明なコマンド" },
        { "clients without a subcommand", ["clients"], "add, rotate-key, list, show" },
        { "clients add without options", ["clients", "add"], "--id は必須" },
        { "clients add without --grant", ["clients", "add", "--id", Id, "--name", "x", "--scope", "openid"], "--grant は必須" },
        { "clients add without --scope", ["clients", "add", "--id", Id, "--name", "x", "--grant", "device_code"], "--scope は必須" },
        { "clients add with an unknown grant", ["clients", "add", "--id", Id, "--name", "x", "--grant", "password", "--scope", "openid"], "不明なグラント" },
        { "clients add with client_credentials", ["clients", "add", "--id", Id, "--name", "x", "--grant", "client_credentials", "--scope", "openid"], "agencies add" },
        { "clients add with an unknown scope", ["clients", "add", "--id", Id, "--name", "x", "--grant", "device_code", "--scope", "admin"], "不明なスコープ" },
        { "clients add with an agency scope", ["clients", "add", "--id", Id, "--name", "x", "--grant", "device_code", "--scope", "agency.applications"], "公開クライアントには使えません" },
        { "clients add with a slash in the id", ["clients", "add", "--id", "a/b", "--name", "x", "--grant", "device_code", "--scope", "openid"], "クライアント ID に使えません" },
        { "clients add with a blank name", ["clients", "add", "--id", Id, "--name", " ", "--grant", "device_code", "--scope", "openid"], "--name が空" },
        { "clients add with --id twice", ["clients", "add", "--id", Id, "--id", "b", "--name", "x", "--grant", "device_code", "--scope", "openid"], "2回指定" },
        { "clients add with a stray word", ["clients", "add", "--id", Id, "please"], "余分な引数" },
        { "clients add with an unknown option", ["clients", "add", "--id", Id, "--colour", "red"], "不明なオプション" },
        { "clients add with an option at the end without its value", ["clients", "add", "--id", Id, "--name"], "値が必要" },
        { "agencies add with a wrong check digit", [.. Agency, "--lg", "131017", "--generate-key", "K"], "検査数字（6桁目）が合いません。13101 の検査数字は 6 です" },
        { "agencies add with a lost leading zero", [.. Agency, "--lg", "11002", "--generate-key", "K"], "先頭の 0 が落ちていませんか（011002）" },
        { "agencies add with full-width digits", [.. Agency, "--lg", "１３１０１６", "--generate-key", "K"], "6桁の全国地方公共団体コード" },
        { "agencies add with prefecture 48", [.. Agency, "--lg", "481009", "--generate-key", "K"], "01〜47" },
        { "agencies add with both --lg and --national", [.. Agency, "--lg", "131016", "--national", "mofa", "--generate-key", "K"], "どちらか一方" },
        { "agencies add with neither --lg nor --national", [.. Agency, "--generate-key", "K"], "どちらか一方" },
        { "agencies add with an insurer number of 7 digits", [.. Agency, "--insurer", "0113001", "--generate-key", "K"], "保険者番号" },
        { "agencies add with a national id in capitals", [.. Agency, "--national", "MOFA", "--generate-key", "K"], "国の機関 ID" },
        { "agencies add with a resident scope", ["agencies", "add", "--id", Id, "--name", "x", "--lg", "131016", "--scope", "portal", "--generate-key", "K"], "機関クライアントには使えません" },
        { "agencies add with an unknown scope", ["agencies", "add", "--id", Id, "--name", "x", "--lg", "131016", "--scope", "agency.all", "--generate-key", "K"], "不明なスコープ" },
        { "agencies add without a key", [.. Agency, "--lg", "131016"], "--public-key と --generate-key のどちらか一方" },
        { "agencies add with both keys", [.. Agency, "--lg", "131016", "--public-key", "P", "--generate-key", "K"], "どちらか一方" },
        { "rotate-key with an overlap in weeks", ["agencies", "rotate-key", "--id", Id, "--generate-key", "K", "--overlap", "2w"], "期間として読めません" },
        { "rotate-key with an overlap over 90 days", ["agencies", "rotate-key", "--id", Id, "--generate-key", "K", "--overlap", "91d"], "0s〜90d" },
        { "rotate-key without --id", ["agencies", "rotate-key", "--generate-key", "K"], "--id は必須" },
        { "terms publish without --file", ["terms", "publish", "--version", "v1", "--title", "t"], "--file は必須" },
        { "terms publish with an effective time without offset", ["terms", "publish", "--version", "v1", "--title", "t", "--file", "F", "--effective-at", "2026-12-01T00:00:00"], "時差つき" },
        { "terms publish with a slash in the version", ["terms", "publish", "--version", "2026/12", "--title", "t", "--file", "F"], "版の名前" },
        { "terms publish with a title over two lines", ["terms", "publish", "--version", "v1", "--title", "a\nb", "--file", "F"], "--title は1行" },
        { "clients show without --id", ["clients", "show"], "--id は必須" },
        { "clients list with an option", ["clients", "list", "--all"], "不明なオプション" },
    };

    [Theory]
    [MemberData(nameof(UsageErrors))]
    public async Task WrongCommandLineExits2WithOneMessageAndWritesNothing(string wrong, string[] args, string message)
    {
        var keyDir = _folder.File("K");
        var resolved = args.Select(a => a switch { "K" => keyDir, "P" or "F" => _folder.Write("file", "x"), _ => a }).ToArray();

        var run = Tool.Run(stack, resolved);

        Assert.True(run.ExitCode == 2, $"{wrong}: exit {run.ExitCode}, {run.Error}");
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.Contains("portal-operator help", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
        Assert.Null(await stack.Clients.FindAsync(Id, CancellationToken.None));
        Assert.Null(await stack.Terms.FindAsync("v1", CancellationToken.None));
        Assert.False(Directory.Exists(keyDir));
    }

    [Fact]
    public void HelpListsEveryCommandAndTheExitCodes()
    {
        var run = Tool.Run(stack, "help");

        Assert.Equal(0, run.ExitCode);
        foreach (var command in new[] { "clients add", "clients list", "clients show", "agencies add", "agencies rotate-key", "terms publish" })
        {
            Assert.Contains(command, run.Output, StringComparison.Ordinal);
        }
        Assert.Contains("終了コード: 0 完了, 1 失敗, 2 コマンドラインの誤り", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutACosmosEndpointTheCommandFailsWithAMessage()
    {
        var run = Tool.Run(new ConfigurationBuilder().Build(), new ManualClock(Tool.Start), "clients", "list");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Cosmos__Endpoint", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AKeyThatIsNotAKeyIsAFailureNotACrash()
    {
        var state = await LocalStack.GetAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Cosmos:Endpoint"] = state.Cosmos.Endpoint.ToString(),
            ["Cosmos:Key"] = "not a key!",
        }).Build();

        var run = Tool.Run(configuration, new ManualClock(Tool.Start), "clients", "list");

        Assert.True(run.ExitCode == 1, $"exit {run.ExitCode}: {run.Error}");
        Assert.Contains("Cosmos", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnreachableDatabaseExits5()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Cosmos:Endpoint"] = "http://127.0.0.1:9/",
            ["Cosmos:Key"] = Convert.ToBase64String(new byte[64]),
            ["Cosmos:RequestTimeout"] = "00:00:02",
            ["Cosmos:CreateIfNotExists"] = "true",
        }).Build();

        var run = Tool.Run(configuration, new ManualClock(Tool.Start), "clients", "list");

        Assert.True(run.ExitCode == 5, $"exit {run.ExitCode}: {run.Error}");
        Assert.Contains("接続できません", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
