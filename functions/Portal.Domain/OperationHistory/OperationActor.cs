namespace Portal.Domain.OperationHistory;

/// <summary>The actor of one line of 操作履歴 as its reader sees it.</summary>
/// <param name="Kind">One of <see cref="OperationActorKinds"/>.</param>
/// <param name="Name">
/// The other person, as the delegation names them from their card: the proxy's name in the principal's history, the
/// principal's in the proxy's; null for the resident's own acts (or a delegation no longer stored).
/// </param>
public sealed record OperationActor(string Kind, string? Name, string? DelegationId)
{
    public static readonly OperationActor Self = new(OperationActorKinds.Self, null, null);
}
