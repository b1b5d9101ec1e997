namespace Portal.Contracts.Sessions;

/// <summary>What <c>DELETE /api/me/sessions</c> ended: every login of the account, the asking one included.</summary>
public sealed record SessionsEnded(int Ended);
