using System.Text.Json.Nodes;
using Portal.Contracts.Histories;
using Signer.Cli.Tests.Fakes;

namespace Signer.Cli.Tests.History;

/// <summary><c>history verify</c>: an honest export passes; each kind of tampering is named, with the first bad entry.</summary>
public sealed class HistoryVerifyCommandTests
{
    [Fact]
    public async Task AnExportAsThePortalMadeItVerifies()
    {
        var run = await SignerRun.RunAsync("", "history", "verify", HistoryExports.Save(HistoryExports.Chain(5)), "--keys", HistoryExports.SaveKeys());

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("履歴は改ざんされていません。5件の記録（5番目まで）", run.Output);
    }

    [Fact]
    public async Task ANewerExportThatExtendsTheOlderOneVerifiesAgainstIt()
    {
        var older = HistoryExports.Save(HistoryExports.Chain(3));
        var newer = HistoryExports.Save(HistoryExports.Chain(5));

        var run = await SignerRun.RunAsync("", "history", "verify", newer, "--since", older, "--keys", HistoryExports.SaveKeys());

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("前回のエクスポート（3番目まで）の記録は、削除・変更・並べ替えされずにすべて含まれています。", run.Output);
    }

    public static TheoryData<string, string> Tamperings => new()
    {
        { "changed entry", "3番目の記録が書き換えられています" },
        { "removed entry", "3番目の記録がありません" },
        { "removed last entry", "署名された内容と記録が一致しません（5番目以降" },
        { "reordered entries", "2番目の記録がありません（削除されたか、順番が入れ替えられています）" },
        { "forged entry with recomputed hashes", "署名された内容と記録が一致しません" },
        { "forged entry with recomputed hashes and a forged head", "ポータルの署名が正しくありません" },
        { "forged signature", "ポータルの署名が正しくありません" },
        { "head of another history", "ポータルの署名（先頭情報）の形式が正しくありません" },
    };

    [Theory]
    [MemberData(nameof(Tamperings))]
    public async Task EachKindOfTamperingIsReportedWithTheFirstBadEntry(string tampering, string expected)
    {
        var export = Tamper(HistoryExports.Chain(5), tampering);

        var run = await SignerRun.RunAsync("", "history", "verify", HistoryExports.Save(export), "--keys", HistoryExports.SaveKeys());

        Assert.Equal(ExitCodes.HistoryNotVerified, run.ExitCode);
        Assert.Contains(expected, run.Error);
        Assert.DoesNotContain("改ざんされていません", run.Output);
    }

    [Fact]
    public async Task AnExportThatDoesNotExtendTheEarlierOneIsReportedEvenWhenThePortalSignedIt()
    {
        var older = HistoryExports.Chain(4);
        // The portal itself rewrote entry 3 and re-signed: each export verifies alone, only the comparison shows it.
        var rewritten = HistoryExports.Chain(6, i => i == 3 ? "nothing-happened" : $"op-{i}");

        var run = await SignerRun.RunAsync("", "history", "verify", HistoryExports.Save(rewritten),
            "--since", HistoryExports.Save(older), "--keys", HistoryExports.SaveKeys());

        Assert.Equal(ExitCodes.HistoryNotVerified, run.ExitCode);
        Assert.Contains("前回のエクスポートの3番目の記録が、今回のエクスポートでは削除・変更・並べ替えされています。", run.Error);
    }

    [Fact]
    public async Task AHeadSignedWithAKeyThePortalNeverPublishedIsRefused()
    {
        var export = HistoryExports.Chain(2);
        var keys = HistoryExports.Save(new JsonObject { ["keys"] = new JsonArray() });

        var run = await SignerRun.RunAsync("", "history", "verify", HistoryExports.Save(export), "--keys", keys);

        Assert.Equal(ExitCodes.HistoryNotVerified, run.ExitCode);
        Assert.Contains("署名に使われた鍵が、ポータルが公開している鍵にありません。", run.Error);
    }

    [Theory]
    [InlineData("history")]
    [InlineData("history", "verify")]
    [InlineData("history", "verify", "export.json")]
    [InlineData("history", "check", "export.json", "--keys", "keys.json")]
    public async Task AnIncompleteHistoryCommandShowsTheUsage(params string[] args)
    {
        var run = await SignerRun.RunAsync("", args);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("history verify", run.Error);
    }

    private static HistoryExport Tamper(HistoryExport export, string tampering)
    {
        var entries = export.Entries.Select(e => e.DeepClone().AsObject()).ToList();
        switch (tampering)
        {
            case "changed entry":
                entries[2]["operation"] = "nothing-happened";
                return export with { Entries = entries };
            case "removed entry":
                entries.RemoveAt(2);
                return export with { Entries = entries };
            case "removed last entry":
                entries.RemoveAt(4);
                return export with { Entries = entries };
            case "reordered entries":
                (entries[1], entries[2]) = (entries[2], entries[1]);
                return export with { Entries = entries };
            case "forged entry with recomputed hashes":
                entries[2]["operation"] = "nothing-happened";
                return export with { Entries = HistoryExports.Rehash(entries, from: 2) };
            case "forged entry with recomputed hashes and a forged head":
                entries[2]["operation"] = "nothing-happened";
                var forged = HistoryExports.Rehash(entries, from: 2);
                return export with { Entries = forged, Head = HistoryExports.ForgedHead(forged) };
            case "forged signature":
                var signature = export.Head[(export.Head.LastIndexOf('.') + 1)..];
                var flipped = (signature[0] == 'A' ? 'B' : 'A') + signature[1..];
                return export with { Head = export.Head[..(export.Head.LastIndexOf('.') + 1)] + flipped };
            case "head of another history":
                return export with { History = "exchanges" };
            default:
                throw new ArgumentOutOfRangeException(nameof(tampering));
        }
    }
}
