using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Portal.Domain.Procedures.Offerings;
using Portal.Domain.Procedures.Search;
using Portal.Domain.Procedures.Templates;

namespace Portal.Benchmarks;

/// <summary>
/// The baseline: the same catalog in Lucene.Net (RAMDirectory, CJKAnalyzer bigrams, one document per template, the same
/// field weights), answering the same <see cref="SearchQuery"/> the same way — every match for the facets and filters,
/// then the page with each hit's offering from a per-body dictionary like <see cref="CatalogIndex"/>'s.
/// </summary>
public sealed class LuceneCatalogSearch : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private static readonly (string Field, float Boost)[] Fields = [("name", 3f), ("kana", 2.5f), ("keywords", 2f), ("summary", 0.6f)];

    private readonly RAMDirectory _directory = new();
    private readonly Analyzer _analyzer = new CJKAnalyzer(Version);
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly ProcedureTemplate[] _byDoc;
    private readonly Dictionary<string, (string Name, Dictionary<string, Offering> Offerings)> _bodies;
    private readonly CatalogSnapshot _snapshot;

    public LuceneCatalogSearch(CatalogSnapshot snapshot)
    {
        _snapshot = snapshot;
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(Version, _analyzer)))
        {
            foreach (var template in snapshot.Templates)
            {
                var document = new Document
                {
                    new StringField("id", template.Id, Field.Store.YES),
                    new TextField("name", template.Name, Field.Store.NO),
                    new TextField("kana", template.Kana, Field.Store.NO),
                    new TextField("keywords", string.Join(' ', template.Keywords), Field.Store.NO),
                    new TextField("summary", template.Summary, Field.Store.NO),
                };
                writer.AddDocument(document);
            }
            writer.Commit();
        }
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader);
        var byId = snapshot.Templates.ToDictionary(t => t.Id);
        _byDoc = Enumerable.Range(0, _reader.MaxDoc).Select(doc => byId[_reader.Document(doc).Get("id")]).ToArray();
        _bodies = snapshot.OfferingSets.ToDictionary(s => s.Id,
            s => (s.BodyName, s.Offerings.ToDictionary(o => o.ProcedureId, StringComparer.Ordinal)), StringComparer.Ordinal);
    }

    public SearchResult Search(SearchQuery query)
    {
        var place = _snapshot.LocalGovernments.Find(query.LocalGovernmentCode);
        var docs = string.IsNullOrWhiteSpace(query.Text)
            ? Enumerable.Range(0, _byDoc.Length).Select(d => new ScoreDoc(d, 0)).ToArray()
            : _searcher.Search(TextQuery(query.Text), _byDoc.Length).ScoreDocs;
        var categories = new Dictionary<string, int>();
        var lifeEvents = new Dictionary<string, int>();
        var matches = new List<SearchHit>();
        foreach (var scoreDoc in docs)
        {
            var template = _byDoc[scoreDoc.Doc];
            var (offering, key, name) = OfferingFor(place, template);
            var online = place is null ? template.OnlineCapable : offering?.IsOnline == true;
            if (query.OnlineOnly && !online)
                continue;
            var inCategory = query.Category is null || template.Categories.Contains(query.Category);
            var inLifeEvent = query.LifeEvent is null || template.LifeEvents.Contains(query.LifeEvent);
            if (inLifeEvent)
                foreach (var c in template.Categories)
                    categories[c] = categories.GetValueOrDefault(c) + 1;
            if (inCategory)
                foreach (var l in template.LifeEvents)
                    lifeEvents[l] = lifeEvents.GetValueOrDefault(l) + 1;
            if (inCategory && inLifeEvent)
                matches.Add(new SearchHit(template, offering, key, name, scoreDoc.Score));
        }
        var page = matches.Skip(query.Offset).Take(query.PageSize).ToList();
        var next = query.Offset + query.PageSize < matches.Count ? query.Offset + query.PageSize : (int?)null;
        return new SearchResult(page, matches.Count, categories, lifeEvents, next, []);
    }

    private Query TextQuery(string text)
    {
        var query = new BooleanQuery();
        foreach (var (field, boost) in Fields)
        {
            var perField = new BooleanQuery { Boost = boost };
            using var stream = _analyzer.GetTokenStream(field, text);
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
                perField.Add(new TermQuery(new Term(field, term.ToString())), Occur.SHOULD);
            stream.End();
            if (perField.Clauses.Count > 0)
                query.Add(perField, Occur.SHOULD);
        }
        return query;
    }

    private (Offering?, string?, string?) OfferingFor(Portal.Domain.Procedures.LocalGovernments.LocalGovernment? place, ProcedureTemplate template)
    {
        if (place is null || (template.Level == ProcessingLevels.Municipality && place.Kind == "prefecture"))
            return (null, null, null);
        var key = OfferingBodies.KeyFor(place, template);
        return _bodies.TryGetValue(key, out var body) ? (body.Offerings.GetValueOrDefault(template.Id), key, body.Name) : (null, null, null);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _analyzer.Dispose();
        _directory.Dispose();
    }
}
