namespace Portal.Domain.Email;

/// <summary>
/// An outbox message's idempotency key: <paramref name="Key"/> within <paramref name="Scope"/> (a notice's id and the
/// account's). Ids only, never an address: it is stored as the sent marker's id.
/// </summary>
public sealed record EmailOnce(string Scope, string Key);
