using Microsoft.Azure.Cosmos;
using Portal.Domain.Storage;

namespace Portal.Domain.Applications.Residents;

/// <summary>
/// <see cref="IResidentApplicationLocator"/> by a cross-partition query on <c>applications</c> for the id and the
/// resident together, so another resident's receipt number finds nothing.
/// </summary>
public sealed class QueryApplicationLocator(PortalDatabase database) : IResidentApplicationLocator
{
    private readonly DocumentStore<Application> _store = new(database.Container(PortalContainers.Applications));

    public async Task<string?> FindAsync(string residentId, string receiptNumber, CancellationToken cancellationToken)
    {
        var query = new QueryDefinition("SELECT * FROM c WHERE c.id = @id AND c.residentId = @resident AND c.type = @type")
            .WithParameter("@id", receiptNumber)
            .WithParameter("@resident", residentId)
            .WithParameter("@type", Application.DocumentType);
        string? continuation = null;
        do
        {
            // A cross-partition query may answer with empty pages before the one partition that has it.
            var page = await _store.QueryAsync(query, null, 1, continuation, cancellationToken);
            if (page.Items.Count > 0)
            {
                return page.Items[0].LocalGovernmentCode;
            }
            continuation = page.ContinuationToken;
        }
        while (continuation is not null);
        return null;
    }
}
