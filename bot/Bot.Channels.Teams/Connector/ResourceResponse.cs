namespace Bot.Channels.Teams.Connector;

/// <summary>The Bot Connector's answer to a posted activity: the new activity's id.</summary>
public sealed record ResourceResponse(string? Id);
