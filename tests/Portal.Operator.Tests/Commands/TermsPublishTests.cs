using Portal.Operator.Tests.Support;
using Portal.Testing;

namespace Portal.Operator.Tests.Commands;

[Collection(OperatorStackCollection.Name)]
public sealed class TermsPublishTests(OperatorStack stack) : IDisposable
{
    private readonly TempFolder _folder = new();

    private static string NewVersion() => OperatorStack.NewId("v");

    [Fact]
    public async Task PublishingStoresTheVersionWithItsTextAndEffectiveTime()
    {
        var version = NewVersion();
        var file = _folder.Write("terms.md", "# 利用規約\r\n\r\n第1条 この規約は…\r\n");

        Tool.Ok(stack, "terms", "publish", "--version", version, "--title", "マイナポータル利用規約", "--file", file,
            "--effective-at", "2026-12-01T00:00:00+09:00");

        var terms = await stack.Terms.FindAsync(version, CancellationToken.None);
        Assert.NotNull(terms);
        Assert.Equal("マイナポータル利用規約", terms.Title);
        Assert.Equal("# 利用規約\n\n第1条 この規約は…\n", terms.Body);
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 15, 0, 0, TimeSpan.Zero), terms.EffectiveAt);
        Assert.Equal(Tool.Start, terms.PublishedAt);
    }

    [Fact]
    public async Task WithoutAnEffectiveTimeTheVersionAppliesFromNow()
    {
        var version = NewVersion();
        var clock = new ManualClock(Tool.Start.AddYears(5));
        Tool.Ok(stack, clock, "terms", "publish", "--version", version, "--title", "規約", "--file", _folder.Write("t.md", "本文"));

        Assert.Equal(clock.Now, (await stack.Terms.FindAsync(version, CancellationToken.None))!.EffectiveAt);
        Assert.Equal(version, (await stack.Terms.FindCurrentAsync(clock.Now, CancellationToken.None))!.Id);
    }

    [Fact]
    public async Task PublishingTheSameVersionWithTheSameTextAgainIsANoOp()
    {
        var version = NewVersion();
        var file = _folder.Write("terms.md", "同じ本文");
        string[] publish = ["terms", "publish", "--version", version, "--title", "規約", "--file", file];
        Tool.Ok(stack, [.. publish, "--effective-at", "2026-11-01T00:00:00+09:00"]);
        var first = await stack.Terms.FindAsync(version, CancellationToken.None);

        var again = Tool.Ok(stack, new ManualClock(Tool.Start.AddDays(3)), publish);
        var againWithTime = Tool.Ok(stack, [.. publish, "--effective-at", "2026-10-31T15:00:00Z"]);

        Assert.Contains("変更なし", again.Output, StringComparison.Ordinal);
        Assert.Contains("変更なし", againWithTime.Output, StringComparison.Ordinal);
        Assert.Equal(first, await stack.Terms.FindAsync(version, CancellationToken.None));
    }

    public static TheoryData<string, string, string, string?, string> Changes => new()
    {
        { "other text", "規約", "違う本文", null, "本文" },
        { "other title", "別の題名", "同じ本文", null, "題名" },
        { "other effective time", "規約", "同じ本文", "2027-01-01T00:00:00+09:00", "適用開始日時" },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task APublishedVersionCannotBeChanged(string change, string title, string text, string? effectiveAt, string named)
    {
        var version = NewVersion();
        Tool.Ok(stack, "terms", "publish", "--version", version, "--title", "規約", "--file", _folder.Write("a.md", "同じ本文"),
            "--effective-at", "2026-11-01T00:00:00+09:00");
        var first = await stack.Terms.FindAsync(version, CancellationToken.None);
        string[] args = ["terms", "publish", "--version", version, "--title", title, "--file", _folder.Write("b.md", text)];

        var run = Tool.Run(stack, effectiveAt is null ? args : [.. args, "--effective-at", effectiveAt]);

        Assert.True(run.ExitCode == 4, $"{change}: exit {run.ExitCode} {run.Error}");
        Assert.Contains(named, run.Error, StringComparison.Ordinal);
        Assert.Contains("新しい版", run.Error, StringComparison.Ordinal);
        Assert.Equal(first, await stack.Terms.FindAsync(version, CancellationToken.None));
    }

    [Fact]
    public void TheSeededTermsFileIsPublishable()
    {
        var file = Path.Combine(RepositoryRoot.Path, "infra", "local", "seed", "terms", "2026-11-01.md");
        var version = NewVersion();

        Tool.Ok(stack, "terms", "publish", "--version", version, "--title", "マイナポータル利用規約", "--file", file,
            "--effective-at", "2026-11-01T00:00:00+09:00");
        Assert.Contains("利用規約", File.ReadAllText(file), StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
