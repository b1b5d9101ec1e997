namespace Portal.Domain.Notices.Delivery;

/// <summary>Where no chatbot listens (no <c>BotEventsQueue</c> set): notices reach the inbox only.</summary>
public sealed class NoChatbotNoticePushes : INoticePushes
{
    public Task SendAsync(Notice notice, string pageId, IReadOnlyList<string> accountIds, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
