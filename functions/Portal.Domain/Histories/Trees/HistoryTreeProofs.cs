using Portal.Contracts.Histories;

namespace Portal.Domain.Histories.Trees;

/// <summary>
/// What the daily trees answer: the inclusion of a resident's history head in the latest tree, for their export, and
/// each day's signed tree head, for anyone. Trees never change once written, so the latest one read is kept until a
/// newer day appears.
/// </summary>
public sealed class HistoryTreeProofs(HistoryTreeStore store)
{
    private HistoryTree? _latest;

    /// <returns>Null when there is no tree yet, or the latest one did not hold this history of the resident.</returns>
    public async Task<TreeInclusion?> InclusionAsync(string history, string residentId, CancellationToken cancellationToken)
    {
        if (await store.LatestDayAsync(cancellationToken) is not { } day)
        {
            return null;
        }
        var tree = _latest;
        if (tree?.Day != day)
        {
            tree = _latest = await store.ReadAsync(day, cancellationToken);
        }
        return tree?.InclusionOf(history, residentId);
    }

    /// <summary>The day's signed tree head (a compact JWS, <see cref="TreeHead"/>).</summary>
    /// <exception cref="TreeHeadNotFoundException">No tree was made that day.</exception>
    public async Task<string> TreeHeadAsync(string day, CancellationToken cancellationToken) =>
        (await store.ReadAsync(day, cancellationToken))?.TreeHead ?? throw new TreeHeadNotFoundException(day);
}
