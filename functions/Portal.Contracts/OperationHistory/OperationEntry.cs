namespace Portal.Contracts.OperationHistory;

/// <summary>One line of 操作履歴.</summary>
/// <param name="Operation">A stable code ("sign-in", "account.email.change", ...).</param>
/// <param name="Outcome">"succeeded", "refused" or "failed".</param>
public sealed record OperationEntry(DateTimeOffset At, string Operation, string? Target, string ClientId, string ActorId, string Outcome);
