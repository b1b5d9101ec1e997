namespace Portal.Domain.Identity.Sessions.Notifications;

/// <summary>
/// One way of telling a resident that their account was just logged in to (so a login they did not make is seen):
/// the chatbot (<see cref="ChatbotNewLoginNotifier"/>) and e-mail (<see cref="NewLoginEmailNotifier"/>).
/// </summary>
public interface INewLoginNotifier
{
    Task NotifyAsync(NewLogin login, CancellationToken cancellationToken);
}
