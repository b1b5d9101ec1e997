namespace Portal.Contracts.OperationHistory;

/// <summary>One line of 操作履歴.</summary>
/// <param name="Operation">A stable code ("sign-in", "account.email.change", ...).</param>
/// <param name="Outcome">"succeeded", "refused" or "failed".</param>
/// <param name="Actor">Who did it as the reader sees it: themself, their proxy, or they for their principal.</param>
public sealed record OperationEntry(
    DateTimeOffset At, string Operation, string? Target, string ClientId, string ActorId, string Outcome, OperationActorView Actor);
