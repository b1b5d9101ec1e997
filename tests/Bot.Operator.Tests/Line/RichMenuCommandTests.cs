using Bot.Operator.Drawing;
using Bot.Operator.FrontDoor;
using Bot.Operator.Line;
using Bot.Operator.Tests.Fakes;

namespace Bot.Operator.Tests.Line;

public sealed class RichMenuCommandTests : IAsyncLifetime
{
    private FakeLineRichMenuApi line = null!;

    public async Task InitializeAsync() => line = await FakeLineRichMenuApi.StartAsync();

    public async Task DisposeAsync() => await line.DisposeAsync();

    private Task<OperatorRun> RunAsync(params string[] args) => OperatorRun.RunAsync(line.Environment(), args);

    [Fact]
    public async Task CreateWithDefaultSendsTheMenuFromTheDataUploadsItsPngToTheDataHostAndShowsItToEveryone()
    {
        var run = await RunAsync("line", "rich-menu", "create", "--default");

        Assert.Equal(0, run.ExitCode);
        var id = Assert.Single(line.Menus.Keys);
        Assert.Contains(id, run.Output);
        var data = FrontDoorData.Load(FrontDoorData.DefaultPath);
        var create = Assert.Single(line.Requests, r => r.Method == "POST" && r.Path == "/v2/bot/richmenu");
        Assert.Equal(RichMenuRequest.From(data).ToJsonString(), create.Json!.ToJsonString());
        Assert.Equal(["ホーム", "やること", "さがす", "お知らせ", "申請状況"],
            create.Json!["areas"]!.AsArray().Select(a => (string)a!["action"]!["label"]!));
        Assert.All(create.Json!["areas"]!.AsArray(), a => Assert.Equal("postback", (string)a!["action"]!["type"]!));

        var upload = Assert.Single(line.Requests, r => r.Path == $"/v2/bot/richmenu/{id}/content");
        Assert.Equal("data", upload.Host);
        Assert.Equal("image/png", upload.ContentType);
        Assert.InRange(upload.Body.Length, 1, RichMenuPainter.MaxImageBytes);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, upload.Body[..4]);

        Assert.Equal(id, line.DefaultMenu);
        Assert.Equal(id, line.Aliases[data.Line.Alias]);
        Assert.All(line.Requests, r => Assert.Equal($"Bearer {FakeLineRichMenuApi.AccessToken}", r.Authorization));
    }

    [Fact]
    public async Task CreateWithoutDefaultLeavesTheMenuResidentsSeeAsItWas()
    {
        var current = line.Seed("portal-main-v0");
        line.DefaultMenu = current;

        var run = await RunAsync("line", "rich-menu", "create");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(current, line.DefaultMenu);
        Assert.Empty(line.Aliases);
        Assert.Equal(2, line.Menus.Count);
        Assert.Contains("switch --to", run.Output);
    }

    [Fact]
    public async Task SwitchByAliasOrIdMakesThatMenuTheDefaultAndPointsTheAliasAtIt()
    {
        var old = line.Seed("portal-main-v0");
        var next = line.Seed("portal-main-v1");
        line.DefaultMenu = old;
        line.Aliases["portal-main"] = old;
        line.Aliases["portal-main-next"] = next;

        var byAlias = await RunAsync("line", "rich-menu", "switch", "--to", "portal-main-next");

        Assert.Equal(0, byAlias.ExitCode);
        Assert.Equal(next, line.DefaultMenu);
        Assert.Equal(next, line.Aliases["portal-main"]);

        var back = await RunAsync("line", "rich-menu", "switch", "--to", old);

        Assert.Equal(0, back.ExitCode);
        Assert.Equal(old, line.DefaultMenu);
        Assert.Equal(old, line.Aliases["portal-main"]);
    }

    [Fact]
    public async Task SwitchForOneUserLinksOnlyThatUserAndLeavesEveryoneElsesMenu()
    {
        var old = line.Seed("portal-main-v0");
        var next = line.Seed("portal-main-v1");
        line.DefaultMenu = old;

        var run = await RunAsync("line", "rich-menu", "switch", "--to", next, "--user", "U0123456789abcdef0123456789abcdef");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(next, line.UserLinks["U0123456789abcdef0123456789abcdef"]);
        Assert.Equal(old, line.DefaultMenu);
        Assert.Empty(line.Aliases);
    }

    [Fact]
    public async Task SwitchToAnAliasThatDoesNotExistSaysSoAndChangesNothing()
    {
        var current = line.Seed("portal-main-v0");
        line.DefaultMenu = current;

        var run = await RunAsync("line", "rich-menu", "switch", "--to", "no-such-alias");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("no-such-alias", run.Error);
        Assert.Equal(current, line.DefaultMenu);
    }

    [Fact]
    public async Task ListShowsEachMenuWithTheDefaultAndItsAliases()
    {
        var old = line.Seed("portal-main-v0");
        var next = line.Seed("portal-main-v1");
        line.DefaultMenu = next;
        line.Aliases["portal-main"] = next;

        var run = await RunAsync("line", "rich-menu", "list");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith(next, StringComparison.Ordinal) && l.Contains("既定") && l.Contains("alias: portal-main"));
        Assert.Contains(lines, l => l.StartsWith(old, StringComparison.Ordinal) && !l.Contains("既定"));
    }

    [Fact]
    public async Task DeleteRemovesAnOldMenuButRefusesTheOneResidentsSee()
    {
        var old = line.Seed("portal-main-v0");
        var current = line.Seed("portal-main-v1");
        line.DefaultMenu = current;

        var refused = await RunAsync("line", "rich-menu", "delete", "--id", current);
        var deleted = await RunAsync("line", "rich-menu", "delete", "--id", old);

        Assert.Equal(4, refused.ExitCode);
        Assert.Contains("既定", refused.Error);
        Assert.Equal(0, deleted.ExitCode);
        Assert.Equal([current], line.Menus.Keys);
        Assert.DoesNotContain(line.Requests, r => r.Method == "DELETE" && r.Path.EndsWith(current, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnImageLineRefusesLeavesNoMenuWithoutAnImageBehind()
    {
        line.Refuse("/v2/bot/richmenu/richmenu-", 400, """{"message":"Invalid image"}""");

        var run = await RunAsync("line", "rich-menu", "create", "--default");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Invalid image", run.Error);
        Assert.Empty(line.Menus);
        Assert.Null(line.DefaultMenu);
    }

    public static TheoryData<int, string, int?, int, string> Refusals => new()
    {
        { 400, """{"message":"The request body has 1 error(s)","details":[{"message":"must be specified","property":"areas[0].action.data"}]}""", null, 1,
            "areas[0].action.data: must be specified" },
        { 429, """{"message":"Too Many Requests"}""", 30, 5, "30秒ほど待って" },
        { 500, "{}", null, 5, "LINE 側の障害" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task ARefusalIsOneClearLineAndNothingIsCreated(int status, string body, int? retryAfter, int exitCode, string said)
    {
        line.Refuse("/v2/bot/richmenu/validate", status, body, retryAfter);

        var run = await RunAsync("line", "rich-menu", "create", "--default");

        Assert.Equal(exitCode, run.ExitCode);
        Assert.Contains(said, run.Error);
        Assert.Single(run.Error.Trim().Split('\n'));
        Assert.Empty(line.Menus);
    }

    [Fact]
    public async Task AWrongTokenIsNamedAsTheSettingToCheckAndNeverPrinted()
    {
        var run = await OperatorRun.RunAsync(line.Environment("expired-token-value"), "line", "rich-menu", "list");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("401", run.Error);
        Assert.Contains(LineApiSettings.TokenVariable, run.Error);
        Assert.DoesNotContain("expired-token-value", run.Error + run.Output);
    }

    [Fact]
    public async Task WithoutATokenNothingIsSent()
    {
        var run = await OperatorRun.RunAsync(line.Environment(token: null), "line", "rich-menu", "create", "--default");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(LineApiSettings.TokenVariable, run.Error);
        Assert.Empty(line.Requests);
    }

    [Fact]
    public async Task AnImageOfTheWrongSizeIsRefusedBeforeAnythingIsSent()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("rich-menu-").FullName, "small.png");
        using (var bitmap = new SkiaSharp.SKBitmap(800, 270))
        using (var file = File.Create(path))
        {
            bitmap.Encode(file, SkiaSharp.SKEncodedImageFormat.Png, 100);
        }

        var run = await RunAsync("line", "rich-menu", "create", "--image", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("2500x1686", run.Error);
        Assert.Empty(line.Requests);
    }
}
