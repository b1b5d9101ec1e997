using Microsoft.Azure.Cosmos;
using Portal.Domain.Storage;

namespace Portal.Domain.PublicFundsAccounts.BankDataChanges;

/// <summary>
/// Every registered 公金受取口座, page by page: one cross-partition query over <c>residents</c> by document type. Fine
/// at this scale (one small document per resident who registered, read once a day); a portal of millions would keep
/// an index by bank code instead and read only the banks the new data changed.
/// </summary>
public sealed class RegisteredAccounts(PortalDatabase database)
{
    private const int PageSize = 100;

    private DocumentStore<PublicFundsAccount> Store => new(database.Container(PortalContainers.Residents));

    public async IAsyncEnumerable<PublicFundsAccount> AllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var query = new QueryDefinition("SELECT * FROM c WHERE c.type = @type").WithParameter("@type", PublicFundsAccount.DocumentType);
        string? continuation = null;
        do
        {
            // A cross-partition page may come back empty with a continuation: read to the end.
            var page = await Store.QueryAsync(query, partitionKey: null, PageSize, continuation, cancellationToken);
            foreach (var account in page.Items)
            {
                yield return account;
            }
            continuation = page.ContinuationToken;
        }
        while (continuation is not null);
    }
}
