using Portal.Contracts.Sessions.Events;
using Portal.Domain.Storage;

namespace Portal.Domain.Identity.Sessions.Notifications;

/// <summary>
/// Hands a new login to the chatbot as a <see cref="NewLoginNotice"/>, which tells it on the conversations linked to
/// the account before this login. Only ids, the client's name, the device kind and the time travel through the chat
/// services.
/// </summary>
public sealed class ChatbotNewLoginNotifier(ChatbotEventQueue queue) : INewLoginNotifier
{
    public Task NotifyAsync(NewLogin login, CancellationToken cancellationToken) =>
        queue.SendAsync(new NewLoginNotice(login.Account.Id, login.Session.Id, login.Session.ClientName, login.Session.DeviceKind,
            login.Session.StartedAt), cancellationToken);
}
