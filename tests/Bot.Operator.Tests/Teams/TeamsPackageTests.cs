using System.IO.Compression;
using System.Text.Json.Nodes;
using Bot.Operator.Tests.Fakes;
using SkiaSharp;

namespace Bot.Operator.Tests.Teams;

public sealed class TeamsPackageTests
{
    private const string BotId = "0b7c2f43-9d55-4c61-8f0e-2a6b1d3c4e5f";

    private static async Task<(OperatorRun Run, string Zip)> PackageAsync(Func<string, string?> environment, params string[] args)
    {
        var zip = Path.Combine(Directory.CreateTempSubdirectory("teams-app-").FullName, "teams-app.zip");
        var run = await OperatorRun.RunAsync(environment, ["teams", "package", "--out", zip, .. args]);
        return (run, zip);
    }

    private static byte[] Entry(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    [Fact]
    public async Task ThePackageHoldsAManifestTeamsTakesWithTheBotAndTheFiveCommands()
    {
        var (run, path) = await PackageAsync(OperatorRun.NoSettings,
            "--bot-id", BotId, "--website", "https://portal.example.jp", "--domain", "bot.example.jp", "--version", "1.2.3");

        Assert.Equal(0, run.ExitCode);
        using var zip = ZipFile.OpenRead(path);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
        var manifest = JsonNode.Parse(Entry(zip, "manifest.json"))!;
        Assert.Equal("https://developer.microsoft.com/json-schemas/teams/v1.17/MicrosoftTeams.schema.json", (string)manifest["$schema"]!);
        Assert.Equal("1.17", (string)manifest["manifestVersion"]!);
        Assert.Equal("1.2.3", (string)manifest["version"]!);
        Assert.True(Guid.TryParse((string)manifest["id"]!, out _));
        Assert.All(new[] { "websiteUrl", "privacyUrl", "termsOfUseUrl" },
            url => Assert.StartsWith("https://portal.example.jp/", (string)manifest["developer"]![url]!));
        Assert.False(string.IsNullOrEmpty((string?)manifest["developer"]!["name"]));
        Assert.Equal("マイナポータル", (string)manifest["name"]!["short"]!);
        Assert.InRange(((string)manifest["name"]!["full"]!).Length, 1, 100);
        Assert.InRange(((string)manifest["description"]!["short"]!).Length, 1, 80);
        Assert.Equal("color.png", (string)manifest["icons"]!["color"]!);
        Assert.Equal("outline.png", (string)manifest["icons"]!["outline"]!);
        Assert.Matches("^#[0-9A-F]{6}$", (string)manifest["accentColor"]!);
        var bot = Assert.Single(manifest["bots"]!.AsArray())!;
        Assert.Equal(BotId, (string)bot["botId"]!);
        Assert.Equal(["personal"], bot["scopes"]!.AsArray().Select(s => (string)s!));
        var commands = Assert.Single(bot["commandLists"]!.AsArray())!["commands"]!.AsArray();
        Assert.Equal(["ホーム", "やること", "さがす", "お知らせ", "申請状況"], commands.Select(c => (string)c!["title"]!));
        Assert.All(commands, c => Assert.InRange(((string)c!["description"]!).Length, 1, 128));
        Assert.Equal(["portal.example.jp", "bot.example.jp"], manifest["validDomains"]!.AsArray().Select(d => (string)d!));
    }

    [Fact]
    public async Task TheColourIconIs192SquareAndTheOutlineIs32SquareWhiteOnTransparent()
    {
        var (run, path) = await PackageAsync(OperatorRun.NoSettings, "--bot-id", BotId, "--website", "https://portal.example.jp");

        Assert.Equal(0, run.ExitCode);
        using var zip = ZipFile.OpenRead(path);
        using var color = SKBitmap.Decode(Entry(zip, "color.png"));
        Assert.Equal((192, 192), (color.Width, color.Height));
        Assert.All(color.Pixels, p => Assert.Equal(255, p.Alpha));

        using var codec = SKCodec.Create(new MemoryStream(Entry(zip, "outline.png")));
        Assert.Equal((32, 32), (codec.Info.Width, codec.Info.Height));
        using var outline = new SKBitmap(new SKImageInfo(32, 32, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        Assert.Equal(SKCodecResult.Success, codec.GetPixels(outline.Info, outline.GetPixels()));
        var pixels = outline.Pixels;
        Assert.All(pixels.Where(p => p.Alpha > 0), p => Assert.Equal((255, 255, 255), (p.Red, p.Green, p.Blue)));
        Assert.Contains(pixels, p => p.Alpha == 0);
        Assert.Contains(pixels, p => p.Alpha == 255);
    }

    [Fact]
    public async Task TheBotIdComesFromTheHostsSettingWhenNotGiven()
    {
        var (run, path) = await PackageAsync(name => name == "Bot__Teams__AppId" ? BotId : null, "--website", "https://portal.example.jp");

        Assert.Equal(0, run.ExitCode);
        using var zip = ZipFile.OpenRead(path);
        Assert.Equal(BotId, (string)JsonNode.Parse(Entry(zip, "manifest.json"))!["bots"]![0]!["botId"]!);
    }

    public static TheoryData<string[], string> WrongCommandLines => new()
    {
        { new[] { "--website", "https://portal.example.jp" }, "--bot-id" },
        { new[] { "--bot-id", "not-a-guid", "--website", "https://portal.example.jp" }, "GUID" },
        { new[] { "--bot-id", BotId, "--website", "http://portal.example.jp" }, "https" },
        { new[] { "--bot-id", BotId, "--website", "https://portal.example.jp", "--domain", "https://bot.example.jp/x" }, "--domain" },
        { new[] { "--bot-id", BotId, "--website", "https://portal.example.jp", "--version", "v2" }, "--version" },
    };

    [Theory]
    [MemberData(nameof(WrongCommandLines))]
    public async Task AWrongCommandLineWritesNoPackage(string[] args, string said)
    {
        var (run, path) = await PackageAsync(OperatorRun.NoSettings, args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(said, run.Error);
        Assert.False(File.Exists(path));
    }
}
