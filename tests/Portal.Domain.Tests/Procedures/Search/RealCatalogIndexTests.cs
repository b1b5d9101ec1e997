using Portal.Domain.Procedures.Search;

namespace Portal.Domain.Tests.Procedures.Search;

public sealed class RealCatalogIndexTests
{
    [Fact]
    public void Every_procedure_is_indexed_and_every_hit_at_a_municipality_carries_its_offering()
    {
        Assert.Equal(RealCatalog.Snapshot.Templates.Count, RealCatalog.Index.ProcedureCount);
        var all = RealCatalog.Index.Search(new SearchQuery(null, RealCatalog.Arakawa, null, null, false, 0, CatalogIndex.MaxPageSize));
        Assert.Equal(RealCatalog.Snapshot.Templates.Count, all.Total);
        Assert.All(all.Hits, h => Assert.NotNull(h.OfferedBy));
    }

    [Fact]
    public void Without_text_online_procedures_come_first()
    {
        var hits = RealCatalog.Index.Search(new SearchQuery(null, RealCatalog.Arakawa, null, null, false, 0, CatalogIndex.MaxPageSize)).Hits;
        var firstOffline = hits.ToList().FindIndex(h => h.Offering?.IsOnline != true);
        Assert.True(firstOffline > 0);
        Assert.All(hits.Skip(firstOffline), h => Assert.NotEqual(true, h.Offering?.IsOnline));
    }

    [Fact]
    public void Suggested_keywords_for_a_place_are_short_chips()
    {
        var chips = RealCatalog.Index.SuggestedKeywords(RealCatalog.Arakawa);
        Assert.InRange(chips.Count, 4, 8);
        Assert.All(chips, c => Assert.InRange(c.Length, 2, 20));
    }
}
