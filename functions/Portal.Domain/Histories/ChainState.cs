namespace Portal.Domain.Histories;

/// <summary>Everything a resident's chain holds, oldest first, with the checkpoint it starts from (null: from the start).</summary>
public sealed record ChainState<T>(ChainCheckpoint? Checkpoint, IReadOnlyList<T> Entries);
