using Microsoft.Azure.Cosmos;
using Portal.Domain.Storage;

namespace Portal.Domain.Accounts;

/// <summary>Accounts in <see cref="PortalContainers.Residents"/>.</summary>
public sealed class AccountRepository(DocumentStore<Account> store)
{
    public AccountRepository(PortalDatabase database)
        : this(new DocumentStore<Account>(database.Container(PortalContainers.Residents)))
    {
    }

    public Task<Stored<Account>?> FindAsync(string id, CancellationToken cancellationToken) =>
        store.ReadAsync(id, id, cancellationToken);

    /// <summary>
    /// The account holding this certificate. A cross-partition query (ARRAY_CONTAINS with a partial match on the
    /// certificates): the local Cosmos-protocol server scans the container anyway, and in Azure it is one indexed
    /// query per sign-in. A certificate-keyed lookup document would make it a point read; later.
    /// </summary>
    public async Task<Account?> FindByCertificateAsync(AccountCertificate certificate, CancellationToken cancellationToken)
    {
        var query = new QueryDefinition(
                "SELECT * FROM c WHERE c.type = @type AND ARRAY_CONTAINS(c.certificates, @certificate, true)")
            .WithParameter("@type", Account.DocumentType)
            .WithParameter("@certificate", certificate);
        var page = await store.QueryAsync(query, partitionKey: null, pageSize: 2, continuationToken: null, cancellationToken);
        return page.Items.OrderBy(a => a.CreatedAt).FirstOrDefault();
    }

    public Task<Stored<Account>> CreateAsync(Account account, CancellationToken cancellationToken) =>
        store.CreateAsync(account, cancellationToken);
}
