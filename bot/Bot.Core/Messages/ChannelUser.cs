namespace Bot.Core.Messages;

/// <summary>
/// A resident as one channel knows them: the channel ("line", "msteams", "webchat") and its own user id. The bot keeps
/// one conversation per channel user; the portal account behind it is linked by login, never by this id.
/// </summary>
public sealed record ChannelUser(string Channel, string UserId)
{
    /// <summary>"channel:userId": the conversation's storage key.</summary>
    public string Key => $"{Channel}:{UserId}";
}
