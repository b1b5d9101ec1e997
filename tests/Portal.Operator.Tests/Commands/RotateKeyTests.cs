using Portal.Operator.Tests.Support;
using Portal.Testing;

namespace Portal.Operator.Tests.Commands;

[Collection(OperatorStackCollection.Name)]
public sealed class RotateKeyTests(OperatorStack stack) : IDisposable
{
    private readonly TempFolder _folder = new();

    private string NewAgency(string? keyDir = null)
    {
        var id = OperatorStack.NewId("lg");
        Tool.Ok(stack, "agencies", "add", "--id", id, "--name", "千代田区", "--lg", "131016", "--scope", "agency.procedures",
            "--generate-key", keyDir ?? _folder.File(id + "-1"));
        return id;
    }

    [Fact]
    public async Task TheOldKeyKeepsVerifyingUntilTheOverlapEndsAndTheNewOneFromTheStart()
    {
        var oldDir = _folder.File("old");
        var id = NewAgency(oldDir);
        var clock = new ManualClock(Tool.Start.AddDays(10));
        var newDir = _folder.File("new");

        var run = Tool.Ok(stack, clock, "agencies", "rotate-key", "--id", id, "--generate-key", newDir, "--overlap", "12h");

        var client = (await stack.Clients.FindAsync(id, CancellationToken.None))!.Document;
        Assert.Equal(2, client.Keys.Count);
        var (oldKey, newKey) = (client.Keys[0], client.Keys[1]);
        Assert.Equal(clock.Now.AddHours(12), oldKey.NotAfter);
        Assert.Null(newKey.NotAfter);
        Assert.Equal(clock.Now, newKey.AddedAt);
        Assert.Equal(clock.Now, client.UpdatedAt);
        Assert.True(KeyChecks.Verifies(File.ReadAllText(Path.Combine(newDir, "private.pem")), newKey.Jwk));
        Assert.True(KeyChecks.Verifies(File.ReadAllText(Path.Combine(oldDir, "private.pem")), oldKey.Jwk));

        Assert.Equal([oldKey.KeyId, newKey.KeyId], client.KeysValidAt(clock.Now.AddHours(12).AddTicks(-1)).Select(k => k.KeyId));
        Assert.Equal([newKey.KeyId], client.KeysValidAt(clock.Now.AddHours(12)).Select(k => k.KeyId));
        Assert.Contains(newKey.KeyId, run.Output, StringComparison.Ordinal);
        Assert.Contains(oldKey.KeyId, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDefaultOverlapIsOneDay()
    {
        var id = NewAgency();
        var clock = new ManualClock(Tool.Start.AddHours(1));

        Tool.Ok(stack, clock, "agencies", "rotate-key", "--id", id, "--generate-key", _folder.File("next"));

        var client = (await stack.Clients.FindAsync(id, CancellationToken.None))!.Document;
        Assert.Equal(clock.Now.AddDays(1), client.Keys[0].NotAfter);
    }

    [Fact]
    public async Task ASecondRotationRetiresEveryOlderKeyAndDropsTheOnesAlreadyRetired()
    {
        var id = NewAgency();
        var clock = new ManualClock(Tool.Start.AddDays(1));
        Tool.Ok(stack, clock, "agencies", "rotate-key", "--id", id, "--generate-key", _folder.File("k2"), "--overlap", "1d");
        clock.Advance(TimeSpan.FromHours(2));
        Tool.Ok(stack, clock, "agencies", "rotate-key", "--id", id, "--generate-key", _folder.File("k3"), "--overlap", "3d");
        var second = (await stack.Clients.FindAsync(id, CancellationToken.None))!.Document;

        // The first key keeps its earlier end: a later rotation never extends a retiring key.
        Assert.Equal(3, second.Keys.Count);
        Assert.Equal(Tool.Start.AddDays(2), second.Keys[0].NotAfter);
        Assert.Equal(clock.Now.AddDays(3), second.Keys[1].NotAfter);
        Assert.Null(second.Keys[2].NotAfter);

        clock.Advance(TimeSpan.FromDays(1));
        Tool.Ok(stack, clock, "agencies", "rotate-key", "--id", id, "--generate-key", _folder.File("k4"), "--overlap", "0s");
        var third = (await stack.Clients.FindAsync(id, CancellationToken.None))!.Document;
        Assert.Equal([second.Keys[1].KeyId, second.Keys[2].KeyId], third.Keys.Take(2).Select(k => k.KeyId));
        Assert.Equal(3, third.Keys.Count);
        Assert.Equal([third.Keys[2].KeyId], third.KeysValidAt(clock.Now).Select(k => k.KeyId));
    }

    [Fact]
    public async Task RotatingToAKeyTheAgencyAlreadyHasIsAConflictAndChangesNothing()
    {
        var dir = _folder.File("same");
        var id = NewAgency(dir);
        var before = await stack.Clients.FindAsync(id, CancellationToken.None);

        var run = Tool.Run(stack, "agencies", "rotate-key", "--id", id, "--public-key", Path.Combine(dir, "public.pem"));

        Assert.Equal(4, run.ExitCode);
        Assert.Contains("登録済み", run.Error, StringComparison.Ordinal);
        Assert.Equal(before!.ETag, (await stack.Clients.FindAsync(id, CancellationToken.None))!.ETag);
    }

    [Fact]
    public void RotatingAnUnknownClientExits3AndWritesNoKey()
    {
        var dir = _folder.File("nobody");

        var run = Tool.Run(stack, "agencies", "rotate-key", "--id", OperatorStack.NewId("nobody"), "--generate-key", dir);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("登録されていません", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir));
    }

    [Fact]
    public async Task APublicClientHasNoKeyToRotate()
    {
        var id = OperatorStack.NewId("bot");
        Tool.Ok(stack, "clients", "add", "--id", id, "--name", "bot", "--grant", "device_code", "--scope", "openid");

        var run = Tool.Run(stack, "agencies", "rotate-key", "--id", id, "--generate-key", _folder.File("bot"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("公開クライアントです", run.Error, StringComparison.Ordinal);
        Assert.Empty((await stack.Clients.FindAsync(id, CancellationToken.None))!.Document.Keys);
    }

    public void Dispose() => _folder.Dispose();
}
