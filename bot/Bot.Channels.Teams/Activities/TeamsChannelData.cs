namespace Bot.Channels.Teams.Activities;

/// <summary>Teams' <c>channelData</c>: only the tenant is read.</summary>
public sealed record TeamsChannelData(TenantInfo? Tenant);
