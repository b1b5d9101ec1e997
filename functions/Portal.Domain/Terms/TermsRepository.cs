using Microsoft.Azure.Cosmos;
using Portal.Domain.Storage;

namespace Portal.Domain.Terms;

/// <summary>Published terms versions in <see cref="PortalContainers.Terms"/>.</summary>
public sealed class TermsRepository(PortalDatabase database)
{
    private readonly DocumentStore<TermsVersion> _store = new(database.Container(PortalContainers.Terms));

    public async Task<TermsVersion?> FindAsync(string version, CancellationToken cancellationToken) =>
        (await _store.ReadAsync(version, version, cancellationToken))?.Document;

    /// <summary>The latest version in effect at <paramref name="now"/>, or null when none is published yet.</summary>
    public async Task<TermsVersion?> FindCurrentAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var query = new QueryDefinition("SELECT * FROM c WHERE c.type = @type")
            .WithParameter("@type", TermsVersion.DocumentType);
        var versions = new List<TermsVersion>();
        string? continuation = null;
        do
        {
            var page = await _store.QueryAsync(query, null, 100, continuation, cancellationToken);
            versions.AddRange(page.Items);
            continuation = page.ContinuationToken;
        }
        while (continuation is not null);
        // Few versions ever exist; ordering in code keeps the comparison on DateTimeOffset, not on serialized text.
        return versions.Where(v => v.EffectiveAt <= now).MaxBy(v => v.EffectiveAt);
    }

    /// <exception cref="Errors.DuplicateDocumentException">That version was already published (versions are immutable).</exception>
    public async Task<TermsVersion> PublishAsync(TermsVersion version, CancellationToken cancellationToken) =>
        (await _store.CreateAsync(version, cancellationToken)).Document;
}
