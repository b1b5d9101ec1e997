using Microsoft.Azure.Cosmos;
using Portal.Domain.Storage;

namespace Portal.Domain.Identity.Clients;

/// <summary>Registered clients in <see cref="PortalContainers.Clients"/>.</summary>
public sealed class ClientRepository(PortalDatabase database)
{
    private readonly DocumentStore<RegisteredClient> _store = new(database.Container(PortalContainers.Clients));

    public Task<Stored<RegisteredClient>?> FindAsync(string clientId, CancellationToken cancellationToken) =>
        _store.ReadAsync(clientId, clientId, cancellationToken);

    /// <exception cref="Errors.DuplicateDocumentException">A client with that id exists.</exception>
    public Task<Stored<RegisteredClient>> CreateAsync(RegisteredClient client, CancellationToken cancellationToken) =>
        _store.CreateAsync(client, cancellationToken);

    /// <exception cref="Errors.ConcurrencyConflictException">Someone changed it since <paramref name="etag"/>.</exception>
    public Task<Stored<RegisteredClient>> ReplaceAsync(RegisteredClient client, string etag, CancellationToken cancellationToken) =>
        _store.ReplaceAsync(client, etag, cancellationToken);

    public Task<Page<RegisteredClient>> ListAsync(int pageSize, string? continuationToken, CancellationToken cancellationToken) =>
        _store.QueryAsync(new QueryDefinition("SELECT * FROM c WHERE c.type = @type ORDER BY c.id")
            .WithParameter("@type", RegisteredClient.DocumentType), null, pageSize, continuationToken, cancellationToken);
}
