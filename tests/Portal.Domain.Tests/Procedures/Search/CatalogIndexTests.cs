using Portal.Domain.Procedures.Catalog;
using Portal.Domain.Procedures.Offerings;
using static Portal.Domain.Tests.Procedures.Search.SampleCatalog;

namespace Portal.Domain.Tests.Procedures.Search;

public sealed class CatalogIndexTests
{
    [Theory]
    [InlineData("児童手当", "child-allowance")]
    [InlineData("じどうてあて", "child-allowance")]
    [InlineData("ジドウテアテ", "child-allowance")]
    [InlineData("児童手等", "child-allowance")] // one character wrong
    [InlineData("じどうてわて", "child-allowance")]
    [InlineData("ようかいごにんてい", "long-term-care")]
    [InlineData("よおかいごにんてい", "long-term-care")]
    [InlineData("ﾊﾟｽﾎﾟｰﾄ", "passport-renewal")]
    [InlineData("赤ちゃんが生まれた", "birth-registration")]
    [InlineData("てんしゅつ", "moving-out")]
    [InlineData("住民票", "residence-certificate")]
    [InlineData("家が壊れた", "disaster-certificate")]
    [InlineData("税", "tax-return")] // one character: unigrams
    public void Finds_the_procedure_first(string typed, string expected) =>
        Assert.Equal(expected, SearchIndex.Search(Query(typed)).Hits[0].Procedure.Id);

    [Theory]
    [InlineData("ひっこし")]
    [InlineData("引越し")]
    [InlineData("引っ越します")]
    public void Moving_house_finds_both_registrations_first(string typed) =>
        Assert.Equal(["moving-in", "moving-out"], SearchIndex.Search(Query(typed)).Hits.Take(2).Select(h => h.Procedure.Id).Order());

    [Fact]
    public void Each_hit_carries_the_offering_of_the_residents_body()
    {
        var arakawa = SearchIndex.Search(Query("パスポート")).Hits[0];
        Assert.Equal(Tokyo, arakawa.OfferedBy);
        Assert.Equal("東京都", arakawa.OfferedByName);
        Assert.True(arakawa.Offering!.IsOnline);

        var ward = SearchIndex.Search(Query("児童手当", place: SapporoChuo)).Hits[0];
        Assert.Equal(Sapporo, ward.OfferedBy); // a designated city offers for its wards
        Assert.False(ward.Offering!.IsOnline);

        var nowhere = SearchIndex.Search(Query("児童手当", place: null)).Hits[0];
        Assert.Null(nowhere.Offering);
        Assert.Null(nowhere.OfferedBy);

        var national = SearchIndex.Search(Query("マイナンバーカード", place: SapporoChuo)).Hits[0];
        Assert.Equal(OfferingSet.NationalKey("digital"), national.OfferedBy);
    }

    [Fact]
    public void Facets_count_every_match_not_only_the_page()
    {
        var result = SearchIndex.Search(Query("届", pageSize: 1));
        Assert.Equal(4, result.Total); // 出生届, 転入届, 転出届, 死亡届
        Assert.Single(result.Hits);
        Assert.Equal(2, result.CategoryCounts[Categories.Housing]);
        Assert.Equal(1, result.CategoryCounts[Categories.Children]);
        Assert.Equal(1, result.CategoryCounts[Categories.Certificates]);
        Assert.Equal(2, result.LifeEventCounts[LifeEvents.Moving]);
    }

    [Fact]
    public void A_category_filter_narrows_the_hits_while_the_category_facet_still_shows_the_others()
    {
        var result = SearchIndex.Search(Query("届", category: Categories.Housing));
        Assert.Equal(["moving-in", "moving-out"], result.Hits.Select(h => h.Procedure.Id).Order());
        Assert.Equal(1, result.CategoryCounts[Categories.Children]);
        Assert.False(result.LifeEventCounts.ContainsKey(LifeEvents.Bereavement));
    }

    [Fact]
    public void A_life_event_filter_alone_lists_online_first_then_by_reading()
    {
        var result = SearchIndex.Search(Query(null, lifeEvent: LifeEvents.Childcare));
        Assert.Equal(["child-allowance", "nursery-application", "birth-registration"], result.Hits.Select(h => h.Procedure.Id));
    }

    [Fact]
    public void Online_only_keeps_what_the_place_offers_online()
    {
        var arakawa = SearchIndex.Search(Query(null, onlineOnly: true));
        Assert.DoesNotContain(arakawa.Hits, h => h.Procedure.Id is "moving-in" or "birth-registration" or "death-registration");
        Assert.All(arakawa.Hits, h => Assert.True(h.Offering!.IsOnline));

        var sapporo = SearchIndex.Search(Query(null, place: SapporoChuo, onlineOnly: true, category: Categories.Children));
        Assert.Empty(sapporo.Hits); // 児童手当 only by mail there
        Assert.Equal(1, sapporo.CategoryCounts[Categories.Housing]); // 転出届 online there
    }

    [Fact]
    public void Pages_follow_each_other_without_gaps_until_the_last()
    {
        var seen = new List<string>();
        int? offset = 0;
        var pages = 0;
        while (offset is not null)
        {
            var page = SearchIndex.Search(Query(null, offset: offset.Value, pageSize: 5));
            seen.AddRange(page.Hits.Select(h => h.Procedure.Id));
            offset = page.NextOffset;
            pages++;
        }
        Assert.Equal(3, pages);
        Assert.Equal(Templates.Count, seen.Distinct().Count());
        Assert.Equal(seen, SearchIndex.Search(Query(null, pageSize: 100)).Hits.Select(h => h.Procedure.Id));
    }

    [Fact]
    public void Nothing_found_suggests_the_places_online_keywords()
    {
        var result = SearchIndex.Search(Query("ぬぬぬぬぬ"));
        Assert.Equal(0, result.Total);
        Assert.Empty(result.Hits);
        Assert.Null(result.NextOffset);
        Assert.NotEmpty(result.Suggestions);
        Assert.Equal(SearchIndex.SuggestedKeywords(Arakawa), result.Suggestions);
    }

    [Fact]
    public void Suggested_keywords_are_what_is_online_at_that_place()
    {
        Assert.Contains("児童手当", SearchIndex.SuggestedKeywords(Arakawa));
        Assert.DoesNotContain("出生", SearchIndex.SuggestedKeywords(Arakawa));
        Assert.DoesNotContain("児童手当", SearchIndex.SuggestedKeywords(SapporoChuo));
        Assert.NotEmpty(SearchIndex.SuggestedKeywords(null));
    }

    [Fact]
    public void Several_words_must_all_match()
    {
        var result = SearchIndex.Search(Query("転出 届"));
        Assert.Equal("moving-out", Assert.Single(result.Hits).Procedure.Id);
    }

    [Fact]
    public void Find_answers_the_procedure_with_the_places_offering()
    {
        var hit = SearchIndex.Find("passport-renewal", SapporoChuo)!;
        Assert.Equal("パスポートの切替申請", hit.Procedure.Name);
        Assert.Null(hit.Offering); // 北海道 has no set in the sample
        Assert.NotNull(SearchIndex.Find("passport-renewal", Arakawa)!.Offering);
        Assert.Null(SearchIndex.Find("no-such-procedure", Arakawa));
    }

    [Fact]
    public void A_prefecture_as_place_answers_municipal_procedures_without_an_offering()
    {
        var hit = SearchIndex.Search(Query("児童手当", place: Tokyo)).Hits[0];
        Assert.Null(hit.Offering);
    }

    [Fact]
    public void Concurrent_searches_answer_the_same()
    {
        var expected = SearchIndex.Search(Query("引っ越し")).Hits.Select(h => h.Procedure.Id).ToList();
        Parallel.For(0, 200, _ => Assert.Equal(expected, SearchIndex.Search(Query("引っ越し")).Hits.Select(h => h.Procedure.Id)));
    }
}
