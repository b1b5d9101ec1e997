using System.Security.Cryptography;
using Portal.Contracts.Histories;
using Signer.Cli.Tests.Fakes;

namespace Signer.Cli.Tests.History;

/// <summary>
/// <c>history verify</c> on an export that carries the daily signed tree: the head proven in the tree verifies (also
/// an older head of the same chain); another leaf's proof, an altered audit path, a forged tree head and a tree that
/// holds another history are each named in their own words.
/// </summary>
public sealed class TreeInclusionVerifyCommandTests
{
    [Fact]
    public async Task AnExportWhoseHeadIsInTheSignedTreeVerifiesAndNamesTheTreeToCompare()
    {
        var export = HistoryExports.InTree(HistoryExports.Chain(5));

        var run = await SignerRun.RunAsync("", "history", "verify", HistoryExports.Save(export), "--keys", HistoryExports.SaveKeys());

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("2026-11-29の署名付きツリー（全利用者の履歴6件）にも、この履歴が含まれています。", run.Output);
        Assert.Contains("GET /api/history/tree-heads/2026-11-29", run.Output);
    }

    [Fact]
    public async Task AnOlderHeadInTheTreeVerifiesWhenTheChainHoldsIt()
    {
        var export = HistoryExports.Chain(5) with { Inclusion = HistoryExports.InTree(HistoryExports.Chain(3)).Inclusion };

        var run = await SignerRun.RunAsync("", "history", "verify", HistoryExports.Save(export), "--keys", HistoryExports.SaveKeys());

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("この履歴が含まれています", run.Output);
    }

    public static TheoryData<string, string> Tamperings => new()
    {
        { "proof for another leaf", "含まれていることの証明が、この履歴ではなく別の方または別の種類の履歴のものです。" },
        { "tampered audit path", "含まれていることの証明（監査パス）が、署名付きツリーのルートハッシュにつながりません。" },
        { "another leaf index", "含まれていることの証明（監査パス）が、署名付きツリーのルートハッシュにつながりません。" },
        { "forged tree head", "ツリーヘッドが偽造されています。" },
        { "tree of another history", "署名付きツリーに含まれる5番目の記録が、この履歴にありません。" },
    };

    [Theory]
    [MemberData(nameof(Tamperings))]
    public async Task EachKindOfTreeTamperingIsReportedInItsOwnWords(string tampering, string expected)
    {
        var export = Tamper(HistoryExports.InTree(HistoryExports.Chain(5)), tampering);

        var run = await SignerRun.RunAsync("", "history", "verify", HistoryExports.Save(export), "--keys", HistoryExports.SaveKeys());

        Assert.Equal(ExitCodes.HistoryNotVerified, run.ExitCode);
        Assert.Contains(expected, run.Error);
        Assert.DoesNotContain("改ざんされていません", run.Output);
    }

    private static HistoryExport Tamper(HistoryExport export, string tampering)
    {
        var inclusion = export.Inclusion!;
        switch (tampering)
        {
            case "proof for another leaf":
                return export with { Inclusion = HistoryExports.OtherResidentsInclusion(export) };
            case "tampered audit path":
                var path = inclusion.AuditPath.ToList();
                path[1] = Convert.ToHexStringLower(SHA256.HashData(Convert.FromHexString(path[1])));
                return export with { Inclusion = inclusion with { AuditPath = path } };
            case "another leaf index":
                return export with { Inclusion = inclusion with { LeafIndex = 3 } };
            case "forged tree head":
                using (var forger = ECDsa.Create(ECCurve.NamedCurves.nistP256))
                {
                    return export with { Inclusion = HistoryExports.InTree(export with { Inclusion = null }, forger).Inclusion };
                }
            case "tree of another history":
                // The portal put a rewritten history of the same resident in the tree everyone else sees.
                var shownToOthers = HistoryExports.InTree(HistoryExports.Chain(5, i => i == 4 ? "nothing-happened" : $"op-{i}"));
                return export with { Inclusion = shownToOthers.Inclusion };
            default:
                throw new ArgumentOutOfRangeException(nameof(tampering));
        }
    }
}
