namespace Bot.Core.Applications;

/// <summary>
/// The channel user a portal account last used, in <see cref="Storage.BotContainers.ResidentChannels"/> (id = the
/// portal account id): where a status notice goes. Holds ids only, never what was said.
/// </summary>
public sealed record ResidentChannel
{
    public const string DocumentType = "residentChannel";

    /// <summary>The portal account id (<see cref="Conversations.PortalSession.AccountId"/>).</summary>
    public required string Id { get; init; }

    public string Type { get; init; } = DocumentType;

    public required string Channel { get; init; }

    public required string UserId { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}
