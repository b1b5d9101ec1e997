using Microsoft.Extensions.Options;
using Portal.Contracts.Histories;
using Portal.Domain.Histories;
using Portal.Testing;
using Portal.Testing.Hosting;

namespace Portal.Domain.Tests.Histories;

/// <summary>The key history: a new history key takes over, and exports the old one signed still verify.</summary>
public sealed class HistoryKeyRingTests
{
    private const string NextKey = "2026-06-01T00:00:00Z MHcCAQEEIKqWOURQCGCWo5futTfDC7xrwHPQz6Xjx0lTsY4UaPVooAoGCCqGSM49AwEHoUQDQgAERVzP1mfPJQwdcANTxgc3yV5WnGEr1GED7KKX5RB6xIoDN4clLL4//xp5T21cIdoGmq9lj2j5q4VbQVVK/1S0Pg==";

    private static readonly HistoryKeyRing BeforeRotation = Ring(HistoryTestKey.Value);

    private static readonly HistoryKeyRing AfterRotation = Ring(HistoryTestKey.Value + "\n" + NextKey);

    [Fact]
    public void AnExportSignedBeforeARotationStillVerifiesAgainstTheKeysPublishedAfterIt()
    {
        var export = EmptyExportSignedBy(BeforeRotation, new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));

        var verified = HistoryVerifier.Verify(export, AfterRotation.ToJsonWebKeySet());

        Assert.True(verified.IsValid, verified.Problem.ToString());
    }

    [Fact]
    public void TheNewestKeySignsAndEachPublishedKeyCarriesThePeriodItSignedIn()
    {
        var keys = AfterRotation.ToJsonWebKeySet()["keys"]!.AsArray();

        Assert.Equal(AfterRotation.All[1].KeyId, AfterRotation.Current.KeyId);
        Assert.Equal(2, keys.Count);
        Assert.Equal(new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds(), keys[0]!["validUntil"]!.GetValue<long>());
        Assert.Null(keys[1]!["validUntil"]);
        Assert.All(keys, k => Assert.Null(k!["d"]));
    }

    [Fact]
    public void AHeadSignedWithARetiredKeyAfterItWasRetiredIsRefused()
    {
        // Someone holding the old key signs "now": the key history says it stopped signing on 2026-06-01.
        var export = EmptyExportSignedBy(BeforeRotation, new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.Zero));

        var verified = HistoryVerifier.Verify(export, AfterRotation.ToJsonWebKeySet());

        Assert.Equal(HistoryProblem.KeyNotValidThen, verified.Problem);
    }

    private static HistoryKeyRing Ring(string lines) => new(Options.Create(new HistoryKeyOptions { SigningKeys = lines }));

    private static HistoryExport EmptyExportSignedBy(HistoryKeyRing ring, DateTimeOffset at) =>
        new("operations", null, [], [], new HistoryHeadSigner(ring, new ManualClock(at)).Sign("operations", "acc-1", 0, HistoryChainHash.Genesis));
}
