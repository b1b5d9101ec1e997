using System.Text.Json.Nodes;
using Portal.Operator.Tests.Support;
using Portal.Testing;

namespace Portal.Operator.Tests.Commands;

[Collection(OperatorStackCollection.Name)]
public sealed class ClientsListAndShowTests(OperatorStack stack) : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void ListShowsEveryClientOnOneLine()
    {
        var bot = OperatorStack.NewId("bot");
        var agency = OperatorStack.NewId("lg");
        Tool.Ok(stack, "clients", "add", "--id", bot, "--name", "チャットボット", "--grant", "device_code", "--scope", "openid", "--scope", "portal");
        Tool.Ok(stack, "agencies", "add", "--id", agency, "--name", "千代田区", "--lg", "131016", "--scope", "agency.procedures",
            "--generate-key", _folder.File("k"));

        var lines = Tool.Ok(stack, "clients", "list").Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("id\tkind\tname\tscopes\tkeys", lines[0]);
        Assert.Contains($"{bot}\tpublic\tチャットボット\topenid portal\t-", lines);
        Assert.Contains($"{agency}\tagency\t千代田区\tagency.procedures\t1", lines);
    }

    [Fact]
    public void ShowPrintsTheClientWithItsPublicKeysOnly()
    {
        var id = OperatorStack.NewId("lg");
        var keyDir = _folder.File("k");
        Tool.Ok(stack, "agencies", "add", "--id", id, "--name", "千代田区", "--lg", "131016", "--scope", "agency.procedures",
            "--generate-key", keyDir);
        Tool.Ok(stack, new ManualClock(Tool.Start.AddDays(1)), "agencies", "rotate-key", "--id", id, "--generate-key", _folder.File("k2"));

        var run = Tool.Ok(stack, new ManualClock(Tool.Start.AddDays(3)), "clients", "show", "--id", id);

        var shown = JsonNode.Parse(run.Output)!.AsObject();
        Assert.Equal(id, (string?)shown["id"]);
        Assert.Equal("千代田区", (string?)shown["name"]);
        Assert.Equal("131016", (string?)shown["agency"]!["localGovernmentCode"]);
        var keys = shown["keys"]!.AsArray();
        Assert.Equal([false, true], keys.Select(k => (bool)k!["validNow"]!));
        Assert.All(keys, k => Assert.Null(k!["jwk"]!["d"]));
        Assert.DoesNotContain("PRIVATE", run.Output, StringComparison.Ordinal);
        var privateKey = File.ReadAllText(Path.Combine(keyDir, "private.pem"));
        var privateBody = privateKey.Split('\n')[1];
        Assert.DoesNotContain(privateBody, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void ShowingAnUnknownClientExits3()
    {
        var run = Tool.Run(stack, "clients", "show", "--id", "nobody-here");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("登録されていません", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
