namespace Portal.Contracts.Histories;

/// <summary>
/// What <see cref="HistoryVerifier"/> found: nothing wrong (<see cref="Problem"/> null), or the first problem and,
/// where it sits at an entry, that entry's sequence number.
/// </summary>
/// <param name="Tree">The daily tree head the export proved its head in, when it carried one.</param>
public sealed record HistoryVerification(HistoryProblem? Problem, long? Sequence, HistoryHead? Head, int EntryCount, TreeHead? Tree = null)
{
    public bool IsValid => Problem is null;

    public static HistoryVerification Failed(HistoryProblem problem, long? sequence = null, HistoryHead? head = null) =>
        new(problem, sequence, head, 0);
}
