using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Configuration;
using Portal.Domain.Errors;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Storage;
using Portal.Domain.Terms;
using Portal.Operator.Cli;

namespace Portal.Operator.Storage;

/// <summary>
/// The portal database, configured exactly as the host is (the <c>Cosmos</c> section: <c>Cosmos__Endpoint</c>,
/// <c>Cosmos__Key</c>, <c>Cosmos__Database</c>, <c>Cosmos__CreateIfNotExists</c>) and created the way the host creates
/// it when asked to. Opened only once a command line has been checked, so a wrong one never touches the database.
/// </summary>
internal sealed class OperatorStore(IConfiguration configuration) : IDisposable
{
    private CosmosClient? client;
    private PortalDatabase? database;

    public async Task<PortalDatabase> OpenAsync(CancellationToken cancellationToken)
    {
        if (database is not null)
        {
            return database;
        }
        var options = new CosmosOptions();
        configuration.GetSection(CosmosOptions.Section).Bind(options);
        if (options.Endpoint is null)
        {
            throw new OperatorException("Cosmos__Endpoint が設定されていません（ホストと同じ Cosmos__* 環境変数を使います）。");
        }
        try
        {
            client = CosmosClientFactory.Create(options);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            throw new OperatorException($"Cosmos の設定が正しくありません（Cosmos__Endpoint, Cosmos__Key）: {e.Message}", ExitCodes.Failure, e);
        }
        database = new PortalDatabase(client, Microsoft.Extensions.Options.Options.Create(options));
        if (options.CreateIfNotExists)
        {
            try
            {
                await database.CreateIfNotExistsAsync(PortalContainers.All, cancellationToken);
            }
            catch (Exception e) when (StorageFailures.IsUnavailable(e))
            {
                throw new DependencyUnavailableException("cosmos", e);
            }
        }
        return database;
    }

    public async Task<ClientRepository> ClientsAsync(CancellationToken cancellationToken) =>
        new(await OpenAsync(cancellationToken));

    public async Task<TermsRepository> TermsAsync(CancellationToken cancellationToken) =>
        new(await OpenAsync(cancellationToken));

    public void Dispose() => client?.Dispose();
}
