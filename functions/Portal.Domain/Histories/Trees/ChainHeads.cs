using Microsoft.Azure.Cosmos;
using Portal.Contracts.Histories;
using Portal.Domain.Storage;

namespace Portal.Domain.Histories.Trees;

/// <summary>
/// The current head of every resident's chain in one history: each head hint, then probing forward past numbers the
/// hint missed (it may lag), so a leaf is a real (sequence number, hash) of the chain.
/// </summary>
public sealed class ChainHeads(PortalDatabase database)
{
    private const int PageSize = 500;

    public async Task<IReadOnlyList<TreeLeaf>> ReadAsync(ChainedHistory history, CancellationToken cancellationToken)
    {
        var container = database.Container(history.Container);
        var heads = new DocumentStore<ChainHead>(container);
        var links = new DocumentStore<ChainLink>(container);
        var query = new QueryDefinition("SELECT * FROM c WHERE c.id = @head").WithParameter("@head", ChainIds.Head);
        var leaves = new List<TreeLeaf>();
        string? continuation = null;
        do
        {
            var page = await heads.QueryAsync(query, null, PageSize, continuation, cancellationToken);
            foreach (var hint in page.Items)
            {
                var (sequence, hash) = (hint.Sequence, hint.Hash);
                while ((await links.ReadAsync(ChainIds.Entry(sequence + 1), hint.ResidentId, cancellationToken))?.Document is { Hash: { } next })
                {
                    (sequence, hash) = (sequence + 1, next);
                }
                leaves.Add(new TreeLeaf(history.Name, hint.ResidentId, sequence, hash));
            }
            continuation = page.ContinuationToken;
        }
        while (continuation is not null);
        return leaves;
    }
}
