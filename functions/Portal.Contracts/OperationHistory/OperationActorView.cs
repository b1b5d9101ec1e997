namespace Portal.Contracts.OperationHistory;

/// <summary>Who did a line of 操作履歴.</summary>
/// <param name="Kind">"self", "proxy" (a proxy for the reader) or "onBehalfOf" (the reader for their principal).</param>
/// <param name="Name">The other person's name from their card (the proxy's, or the principal's); null for "self".</param>
public sealed record OperationActorView(string Kind, string? Name, string? DelegationId);
