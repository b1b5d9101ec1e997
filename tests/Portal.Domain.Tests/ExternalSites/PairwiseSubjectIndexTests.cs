using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.ExternalSites.Pairwise;
using Portal.Testing;

namespace Portal.Domain.Tests.ExternalSites;

/// <summary>
/// Pairwise subjects (OIDC Core §8.1): stable for a resident at a site, different at another site and for another
/// resident, and resolvable back to the account only through the sector they were given out for.
/// </summary>
public sealed class PairwiseSubjectIndexTests(ExternalSitesStoreFixture store) : IClassFixture<ExternalSitesStoreFixture>
{
    private readonly PairwiseSubjectIndex _index = store.Services(new ManualClock(DateTimeOffset.UtcNow)).GetRequiredService<PairwiseSubjectIndex>();

    [Fact]
    public async Task TheSameResidentAtTheSameSiteGetsTheSameSubjectAcrossCallsAndItLeadsBackToTheAccount()
    {
        var first = await _index.GiveOutAsync("demo.example", "acc-same", CancellationToken.None);
        var again = await _index.GiveOutAsync("demo.example", "acc-same", CancellationToken.None);
        var fromAnotherHost = await store.Services(TimeProvider.System).GetRequiredService<PairwiseSubjectIndex>()
            .GiveOutAsync("demo.example", "acc-same", CancellationToken.None);

        Assert.Equal(first, again);
        Assert.Equal(first, fromAnotherHost);
        Assert.True(PairwiseSubjects.IsWellFormed(first));
        Assert.Equal("acc-same", await _index.ResolveAsync("demo.example", first, CancellationToken.None));
    }

    [Fact]
    public async Task TwoSitesGetDifferentSubjectsForOneResidentAndNeitherResolvesTheOthers()
    {
        var atTax = await _index.GiveOutAsync("tax.example", "acc-two-sites", CancellationToken.None);
        var atPension = await _index.GiveOutAsync("pension.example", "acc-two-sites", CancellationToken.None);

        Assert.NotEqual(atTax, atPension);
        Assert.Null(await _index.ResolveAsync("pension.example", atTax, CancellationToken.None));
        Assert.Null(await _index.ResolveAsync("tax.example", atPension, CancellationToken.None));
        Assert.Equal("acc-two-sites", await _index.ResolveAsync("pension.example", atPension, CancellationToken.None));
    }

    [Fact]
    public async Task TwoResidentsAtOneSiteGetDifferentSubjects()
    {
        var hanako = await _index.GiveOutAsync("demo.example", "acc-hanako", CancellationToken.None);
        var taro = await _index.GiveOutAsync("demo.example", "acc-taro", CancellationToken.None);

        Assert.NotEqual(hanako, taro);
        Assert.Equal("acc-taro", await _index.ResolveAsync("demo.example", taro, CancellationToken.None));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-subject")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/")]
    public async Task ASubjectNeverGivenOutOrOfAnotherShapeResolvesToNobody(string? subject)
    {
        Assert.Null(await _index.ResolveAsync("demo.example", subject, CancellationToken.None));
    }
}
