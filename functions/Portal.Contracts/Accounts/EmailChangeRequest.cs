namespace Portal.Contracts.Accounts;

/// <summary><c>POST /api/me/email</c>: the new address (the code goes there).</summary>
public sealed record EmailChangeRequest(string? Email);
