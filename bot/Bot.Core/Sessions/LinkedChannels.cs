namespace Bot.Core.Sessions;

/// <summary>
/// The channel users a portal account logged in from, in <see cref="Storage.BotContainers.ResidentChannels"/> (id
/// "linked-" + the account id): where a new-login notice goes, since the channel last used may be the very chat that
/// just logged in. Ids only, never what was said.
/// </summary>
public sealed record LinkedChannels
{
    public const string DocumentType = "linkedChannels";

    /// <summary>The most recent logins kept: older links are dropped.</summary>
    public const int MaxLinks = 10;

    public required string Id { get; init; }

    public string Type { get; init; } = DocumentType;

    public IReadOnlyList<LinkedChannel> Links { get; init; } = [];

    private const string IdPrefix = "linked-";

    public static string IdOf(string accountId) => IdPrefix + accountId;

    public static string AccountIdOf(string id) => id[IdPrefix.Length..];
}

/// <summary>One channel user's latest login to the account, and its portal session id (the ID token's <c>sid</c>).</summary>
public sealed record LinkedChannel(string Channel, string UserId, string? SessionId, DateTimeOffset LinkedAt);
