namespace Portal.Contracts.Sessions.Events;

/// <summary>
/// A new login of an account, as the portal hands it to the chatbot (on the queue named by the app setting
/// <c>BotEventsQueue</c>, next to <c>ApplicationStatusNotice</c>, told apart by <see cref="Kind"/>). The bot tells it on
/// the conversations linked to the account before this login: not on the one that just logged in, which may be the
/// person who was handed the card's login link.
/// </summary>
/// <param name="ResidentId">The portal's account id (the tokens' <c>sub</c>): whom to tell.</param>
/// <param name="SessionId">The new login (the ID token's <c>sid</c>): the conversation holding it is not told.</param>
/// <param name="DeviceKind">One of <c>DeviceKinds</c>.</param>
/// <param name="At">When the tokens were issued.</param>
public sealed record NewLoginNotice(string ResidentId, string SessionId, string ClientName, string DeviceKind, DateTimeOffset At)
{
    /// <summary>The <see cref="Kind"/> of this event on the chatbot's queue.</summary>
    public const string EventKind = "new-login";

    /// <summary>Always <see cref="EventKind"/>: a message without it is an application status notice.</summary>
    public string Kind => EventKind;
}
