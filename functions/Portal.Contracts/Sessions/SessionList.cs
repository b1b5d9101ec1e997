namespace Portal.Contracts.Sessions;

/// <summary>The resident's active logins, newest first.</summary>
public sealed record SessionList(IReadOnlyList<SessionView> Items);
