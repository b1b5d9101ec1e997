using System.Text.Json.Nodes;

namespace Portal.Contracts.Histories;

/// <summary>
/// A resident's history as they can keep and verify it (<c>myna-signer history verify</c>): every chained entry, oldest
/// first, each with its <c>seq</c> and <c>hash</c> and nothing else than it shows; the signed head over the last one.
/// </summary>
/// <param name="History">"operations" or "exchanges".</param>
/// <param name="Checkpoint">Where the chain starts when its oldest entries were deleted by retention; null otherwise.</param>
/// <param name="Entries">The chained entries, oldest first.</param>
/// <param name="BeforeChain">Entries written before the history was chained: shown, not verifiable.</param>
/// <param name="Head">A compact JWS (<see cref="HistoryHead"/>) over the last entry's sequence number and hash.</param>
/// <param name="Inclusion">
/// That the history's head was in the latest daily tree (<see cref="TreeHead"/>); null when no tree held it yet, and
/// absent from exports made before the trees.
/// </param>
public sealed record HistoryExport(
    string History, HistoryCheckpoint? Checkpoint, IReadOnlyList<JsonObject> Entries, IReadOnlyList<JsonObject> BeforeChain, string Head,
    TreeInclusion? Inclusion = null);
