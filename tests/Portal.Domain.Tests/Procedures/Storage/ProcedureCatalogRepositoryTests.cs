using Portal.Domain.Errors;
using Portal.Domain.Procedures.Catalog;
using Portal.Domain.Procedures.Offerings;
using Portal.Domain.Procedures.Serving;
using Portal.Domain.Procedures.Templates;

namespace Portal.Domain.Tests.Procedures.Storage;

/// <summary>The catalog repository and <see cref="CatalogHost"/> against the real local Cosmos-protocol server.</summary>
public sealed class ProcedureCatalogRepositoryTests(ProcedureStoreFixture store) : IClassFixture<ProcedureStoreFixture>
{
    private static readonly ProcedureTemplate Template = new()
    {
        Id = "moving-out-notification",
        Name = "転出届",
        Kana = "てんしゅつとどけ",
        Summary = "引っ越すときに届け出ます。",
        Eligibility = "他の市区町村へ引っ越す方",
        RequiredDocuments = ["本人確認書類"],
        Fee = "無料",
        Level = ProcessingLevels.Municipality,
        Categories = [Categories.Housing],
        LifeEvents = [LifeEvents.Moving],
        OnlineCapable = true,
        RequiresSignature = true,
    };

    [Fact]
    public async Task ASetIsReplacedOnlyWithItsCurrentETag()
    {
        var created = await store.Repository.CreateSetAsync(Set("131016", "千代田区"), CancellationToken.None);
        var replaced = await store.Repository.ReplaceSetAsync(
            created.Document with { Offerings = [Offering(ApplicationMethods.Online)] }, created.ETag, CancellationToken.None);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            store.Repository.ReplaceSetAsync(created.Document, created.ETag, CancellationToken.None));
        await Assert.ThrowsAsync<DuplicateDocumentException>(() =>
            store.Repository.CreateSetAsync(Set("131016", "千代田区"), CancellationToken.None));
        var read = await store.Repository.ReadSetAsync("131016", CancellationToken.None);
        Assert.Equal(replaced.ETag, read!.ETag);
        Assert.Equal([ApplicationMethods.Online], read.Document.Offerings.Single().Methods);
        Assert.Null(await store.Repository.ReadSetAsync("131181", CancellationToken.None));
    }

    [Fact]
    public async Task TheChangeFeedFromNowHasOnlyLaterChangesEachAsItsOwnType()
    {
        await store.Repository.UpsertSetAsync(Set("131024", "中央区"), CancellationToken.None);
        var position = await store.Repository.CurrentChangePositionAsync(CancellationToken.None);

        await store.Repository.UpsertTemplateAsync(Template, CancellationToken.None);
        await store.Repository.UpsertSetAsync(Set("131032", "港区"), CancellationToken.None);
        var changes = await store.Repository.ReadChangesAsync(position, CancellationToken.None);
        var none = await store.Repository.ReadChangesAsync(changes.Continuation, CancellationToken.None);

        Assert.Equal("転出届", Assert.Single(changes.Templates).Name);
        Assert.Equal("港区", Assert.Single(changes.OfferingSets).BodyName);
        Assert.Equal(["counter"], changes.OfferingSets[0].Offerings.Single().Methods);
        Assert.True(none.IsEmpty);
    }

    [Fact]
    public async Task TheHostLoadsThenAppliesChangesAsANewGenerationWhileReadersKeepTheirs()
    {
        await store.Repository.UpsertTemplateAsync(Template, CancellationToken.None);
        await store.Repository.UpsertSetAsync(Set("131059", "文京区"), CancellationToken.None);
        var host = store.NewHost();
        await host.LoadAsync(CancellationToken.None);
        var before = await host.GetAsync(CancellationToken.None);

        Assert.False(await host.RefreshAsync(CancellationToken.None));
        await store.Repository.UpsertSetAsync(Set("131059", "文京区") with { Offerings = [Offering(ApplicationMethods.Online)] }, CancellationToken.None);
        Assert.True(await host.RefreshAsync(CancellationToken.None));
        var after = await host.GetAsync(CancellationToken.None);

        Assert.NotEqual(before.Version, after.Version);
        Assert.Equal(["counter"], before.Index.Find(Template.Id, "131059")!.Offering!.Methods);
        Assert.Equal(["online"], after.Index.Find(Template.Id, "131059")!.Offering!.Methods);
        Assert.Same(after, host.Current);
    }

    [Fact]
    public async Task BeforeTheFirstLoadASearchWaitsAndThenIsToldTheCatalogIsUnavailable()
    {
        var host = store.NewHost(startupWait: TimeSpan.FromMilliseconds(200));

        var waited = System.Diagnostics.Stopwatch.StartNew();
        await Assert.ThrowsAsync<CatalogUnavailableException>(() => host.GetAsync(CancellationToken.None));
        Assert.InRange(waited.Elapsed, TimeSpan.FromMilliseconds(150), TimeSpan.FromSeconds(5));

        var waiting = host.GetAsync(CancellationToken.None);
        await host.LoadAsync(CancellationToken.None);
        Assert.Same(host.Current, await waiting);
    }

    [Fact]
    public async Task TheSameContentHasTheSameVersionOnEveryInstance()
    {
        await store.Repository.UpsertTemplateAsync(Template, CancellationToken.None);
        var one = store.NewHost();
        var other = store.NewHost();

        await one.LoadAsync(CancellationToken.None);
        await other.LoadAsync(CancellationToken.None);

        Assert.Equal(one.Current!.Version, other.Current!.Version);
    }

    private static OfferingSet Set(string code, string name) => new()
    {
        Id = code,
        BodyName = name,
        Offerings = [Offering(ApplicationMethods.Counter)],
        UpdatedAt = DateTimeOffset.UtcNow,
        UpdatedBy = "seed",
    };

    private static Offering Offering(string method) => new(Template.Id, [method], null, "戸籍住民課", null);
}
