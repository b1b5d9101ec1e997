namespace Bot.Operator.Teams;

/// <summary>
/// What differs per deployment: the Azure Bot's Microsoft App ID, the portal's public site (developer, privacy and
/// terms pages), the domains the bot's links open (the bot's content pages, the portal), and optionally another
/// version or app id than the data's.
/// </summary>
public sealed record TeamsPackageRequest(Guid BotId, Uri Website, IReadOnlyList<string> ValidDomains, string? Version = null, Guid? AppId = null);
