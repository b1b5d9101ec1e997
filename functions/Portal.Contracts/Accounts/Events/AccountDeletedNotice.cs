namespace Portal.Contracts.Accounts.Events;

/// <summary>
/// An account was deleted, as the portal hands it to the chatbot (on <c>BotEventsQueue</c>, told apart by
/// <see cref="Kind"/>): the bot forgets which chats the account used and drops any portal session it stored for it.
/// </summary>
/// <param name="ResidentId">The deleted account's id (the tokens' <c>sub</c>).</param>
/// <param name="At">When the deletion was made.</param>
public sealed record AccountDeletedNotice(string ResidentId, DateTimeOffset At)
{
    /// <summary>The <see cref="Kind"/> of this event on the chatbot's queue.</summary>
    public const string EventKind = "account-deleted";

    public string Kind => EventKind;
}
