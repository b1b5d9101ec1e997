using Portal.Domain.Storage;

namespace Portal.Domain.Health;

/// <summary>Reads the portal database's properties: proves the account answers and the database exists.</summary>
public sealed class CosmosDependencyCheck(PortalDatabase database) : IDependencyCheck
{
    public string Name => "cosmos";

    public Task CheckAsync(CancellationToken cancellationToken) =>
        database.Client.GetDatabase(database.Name).ReadAsync(cancellationToken: cancellationToken);
}
