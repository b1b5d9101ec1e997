using Bot.Core.Actions;
using Bot.Core.Applications;
using Bot.Core.Menu;
using Bot.Core.Notices;
using Bot.Core.Search;
using Bot.Operator.FrontDoor;
using Bot.Operator.Tests.Fakes;

namespace Bot.Operator.Tests.FrontDoor;

public sealed class FrontDoorDataTests
{
    private static readonly FrontDoorData Data = FrontDoorData.Load(FrontDoorData.DefaultPath);

    [Fact]
    public void TheMenuShowsHomeTodoSearchNoticesAndStatusInThatOrder() =>
        Assert.Equal(["ホーム", "やること", "さがす", "お知らせ", "申請状況"], Data.Line.Areas.Select(a => Data.Command(a.Command).Label));

    [Fact]
    public void EveryPointOfTheMenuBelongsToExactlyOneArea()
    {
        // No dead zone a resident could tap without effect, and no tap that could mean two things.
        Assert.All(Data.Line.Areas, a => Assert.DoesNotContain(Data.Line.Areas, b => !ReferenceEquals(a, b) && a.Bounds.Overlaps(b.Bounds)));
        Assert.Equal(Data.Line.Size.Width * Data.Line.Size.Height, Data.Line.Areas.Sum(a => a.Bounds.Width * a.Bounds.Height));
    }

    public static TheoryData<string, string> PostbacksTheRouterTakes => new()
    {
        // ホーム and やること: the menu actions the router has today; the ホーム feature answers the same actions.
        { "home", BotActions.Home.ToString() },
        { "todo", BotActions.Todo.ToString() },
        { "search", BotActions.StartSearch.ToString() },
        { "notices", NoticeActions.List.ToString() },
        { "status", StatusActions.List.ToString() },
    };

    [Theory]
    [MemberData(nameof(PostbacksTheRouterTakes))]
    public void ATapSendsAnActionTheBotAlreadyRoutes(string command, string action)
    {
        Assert.Equal(action, Data.Command(command).Postback);
        Assert.NotNull(BotAction.TryParse(Data.Command(command).Postback));
    }

    public static TheoryData<string, Func<string, bool>> WordsTheRouterTakes => new()
    {
        { "home", MenuFlow.IsMenuWord },
        { "todo", MenuFlow.IsTodoWord },
        { "search", SearchFlow.IsSearchWord },
        { "notices", NoticeTexts.IsNoticesWord },
        { "status", StatusFlow.IsStatusWord },
    };

    [Theory]
    [MemberData(nameof(WordsTheRouterTakes))]
    public void ATeamsCommandSendsAWordTheBotUnderstands(string command, Func<string, bool> understood) =>
        Assert.True(understood(Data.Command(command).Text));

    public static TheoryData<string, string> BrokenData => new()
    {
        { "\"chatBarText\": \"メニュー\"", "\"chatBarText\": \"ここをタップしてメニューを開いてください\"" },
        { "\"x\": 1250, \"y\": 0", "\"x\": 1000, \"y\": 0" },
        { "\"width\": 2500, \"height\": 1686", "\"width\": 2400, \"height\": 1686" },
        { "\"postback\": \"v1:status:list\"", "\"postback\": \"\"" },
        { "\"alias\": \"portal-main\"", "\"alias\": \"portal main/v1\"" },
    };

    [Theory]
    [MemberData(nameof(BrokenData))]
    public async Task DataOutsideLinesLimitsIsRefusedBeforeAnythingIsDrawnOrSent(string from, string to)
    {
        var directory = Directory.CreateTempSubdirectory("front-door-");
        var path = Path.Combine(directory.FullName, "broken.json");
        var original = await File.ReadAllTextAsync(FrontDoorData.DefaultPath);
        Assert.Contains(from, original);
        await File.WriteAllTextAsync(path, original.Replace(from, to));

        var run = await OperatorRun.RunAsync(OperatorRun.NoSettings, "line", "rich-menu", "render", "--data", path, "--out", directory.FullName);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("front-door.json", run.Error);
        Assert.False(File.Exists(Path.Combine(directory.FullName, "line-rich-menu.png")));
    }
}
