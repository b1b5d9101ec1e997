using Portal.Domain.Procedures.Catalog;
using Portal.Domain.Procedures.Search;
using Xunit.Abstractions;

namespace Portal.Domain.Tests.Procedures.Storage;

/// <summary>
/// The whole country's seeded catalog (every body's set) through the paged loads and the index build, timed separately:
/// what a serverless instance pays at each start.
/// </summary>
public sealed class WholeCountryLoadTests(ProcedureStoreFixture store, ITestOutputHelper output) : IClassFixture<ProcedureStoreFixture>
{
    [Fact]
    public async Task EveryTemplateAndOfferingSetLoadsAcrossPagesAndIsSearchable()
    {
        var directory = LocalGovernmentCatalog.Load();
        var templates = ProcedureTemplateCatalog.Load();
        var sets = OfferingGenerator.Generate(directory, templates);
        await store.SeedAsync(templates, sets);
        var host = store.NewHost();

        await host.LoadAsync(CancellationToken.None);
        var state = host.Current!;

        output.WriteLine($"{templates.Count} templates, {sets.Count} offering sets, {sets.Sum(s => s.Offerings.Count)} offerings: " +
            $"read in {state.LoadDuration.TotalMilliseconds:F0} ms, index built in {state.BuildDuration.TotalMilliseconds:F0} ms");
        Assert.Equal(templates.Count, state.Snapshot.Templates.Count);
        Assert.Equal(sets.Count, state.Snapshot.OfferingSets.Count);
        Assert.True(sets.Count > 1_000, $"{sets.Count} sets");
        var result = state.Index.Search(new SearchQuery("児童手当", "131181", null, null, false, 0, 20));
        Assert.NotEmpty(result.Hits);
        Assert.Equal("131181", result.Hits[0].OfferedBy);
    }
}
