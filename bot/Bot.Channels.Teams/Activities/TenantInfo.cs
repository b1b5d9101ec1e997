namespace Bot.Channels.Teams.Activities;

/// <summary>The Microsoft Entra tenant of a Teams conversation.</summary>
public sealed record TenantInfo(string Id);
