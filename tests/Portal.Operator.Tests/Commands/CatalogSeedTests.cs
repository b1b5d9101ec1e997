using Microsoft.Azure.Cosmos;
using Portal.Domain.Procedures.Catalog;
using Portal.Domain.Procedures.Offerings;
using Portal.Domain.Procedures.Templates;
using Portal.Domain.Storage;
using Portal.Operator.Tests.Support;

namespace Portal.Operator.Tests.Commands;

/// <summary>
/// <c>catalog seed</c> against the real local server. Seeding the whole country takes a while, so the class seeds once
/// (the first test to run waits for it) and each test looks at what is there, or seeds again to see that nothing moves.
/// </summary>
[Collection(OperatorStackCollection.Name)]
public sealed class CatalogSeedTests(OperatorStack stack)
{
    private static readonly SemaphoreSlim Once = new(1, 1);
    private static ToolRun? _firstRun;

    private DocumentStore<OfferingSet> Sets => new(stack.Database.Container(PortalContainers.Procedures));

    private DocumentStore<ProcedureTemplate> Templates => new(stack.Database.Container(PortalContainers.Procedures));

    [Fact]
    public async Task SeedingWritesEveryTemplateAndEveryOfferingSet()
    {
        var run = await SeededAsync();
        var expected = OfferingGenerator.Generate(LocalGovernmentCatalog.Load(), ProcedureTemplateCatalog.Load());

        var templates = await AllAsync(Templates, ProcedureTemplate.DocumentType);
        var sets = await AllAsync(Sets, OfferingSet.DocumentType);

        Assert.Equal(ProcedureTemplateCatalog.Load().Select(t => t.Id).Order(), templates.Select(t => t.Id).Order());
        Assert.Equal(expected.Count, sets.Count);
        Assert.Equal(expected.Sum(s => s.Offerings.Count), sets.Sum(s => s.Offerings.Count));
        Assert.Contains($"新規 {expected.Count:N0}", run.Output, StringComparison.Ordinal);
        Assert.Contains("秒", run.Output, StringComparison.Ordinal);
        var chiyoda = sets.Single(s => s.Id == "131016");
        Assert.Equal("千代田区", chiyoda.BodyName);
        Assert.Equal(OfferingGenerator.SeedClient, chiyoda.UpdatedBy);
    }

    [Fact]
    public async Task SeedingAgainChangesNothing()
    {
        await SeededAsync();
        var before = await Sets.ReadAsync("011002", "011002", CancellationToken.None);
        var template = await Templates.ReadAsync("child-allowance-certification", ProcedureTemplate.PartitionValue, CancellationToken.None);

        var again = Tool.Ok(stack, "catalog", "seed");

        Assert.Contains("新規 0, 更新 0", again.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("変更なし 0", again.Output, StringComparison.Ordinal);
        Assert.Equal(before!.ETag, (await Sets.ReadAsync("011002", "011002", CancellationToken.None))!.ETag);
        Assert.Equal(template!.ETag,
            (await Templates.ReadAsync("child-allowance-certification", ProcedureTemplate.PartitionValue, CancellationToken.None))!.ETag);
    }

    [Fact]
    public async Task ASetAnAgencyChangedIsKeptAndAMissingOneIsWrittenAgain()
    {
        await SeededAsync();
        var seeded = (await Sets.ReadAsync("131024", "131024", CancellationToken.None))!;
        var changed = seeded.Document with
        {
            Offerings = [.. seeded.Document.Offerings.Take(3)],
            UpdatedBy = "lg-131024-chuo",
            UpdatedAt = Tool.Start,
        };
        await Sets.ReplaceAsync(changed, seeded.ETag, CancellationToken.None);
        await Sets.DeleteAsync("472018", "472018", null, CancellationToken.None);

        var run = Tool.Ok(stack, "catalog", "seed");

        var kept = (await Sets.ReadAsync("131024", "131024", CancellationToken.None))!.Document;
        Assert.Equal("lg-131024-chuo", kept.UpdatedBy);
        Assert.Equal(3, kept.Offerings.Count);
        Assert.Contains("保持 1", run.Output, StringComparison.Ordinal);
        Assert.Contains("新規 1,", run.Output, StringComparison.Ordinal);
        Assert.Equal("那覇市", (await Sets.ReadAsync("472018", "472018", CancellationToken.None))!.Document.BodyName);

        // Back to the seeded set, so that the other tests see the seed's data whatever the order.
        await Sets.UpsertAsync(seeded.Document, CancellationToken.None);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("65")]
    [InlineData("many")]
    public void AWrongConcurrencyIsAUsageError(string concurrency)
    {
        var run = Tool.Run(stack, "catalog", "seed", "--concurrency", concurrency);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--concurrency", run.Error, StringComparison.Ordinal);
    }

    private async Task<ToolRun> SeededAsync()
    {
        await Once.WaitAsync();
        try
        {
            return _firstRun ??= Tool.Ok(stack, "catalog", "seed");
        }
        finally
        {
            Once.Release();
        }
    }

    private static async Task<List<T>> AllAsync<T>(DocumentStore<T> store, string type) where T : IDocument
    {
        var query = new QueryDefinition("SELECT * FROM c WHERE c.type = @type").WithParameter("@type", type);
        var all = new List<T>();
        string? continuation = null;
        do
        {
            var page = await store.QueryAsync(query, null, 500, continuation, CancellationToken.None);
            all.AddRange(page.Items);
            continuation = page.ContinuationToken;
        }
        while (continuation is not null);
        return all;
    }
}
