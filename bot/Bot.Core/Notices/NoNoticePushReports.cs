using Portal.Contracts.Notices.Events;

namespace Bot.Core.Notices;

/// <summary>A host with no report queue (the tests' bot): pages are pushed and only logged.</summary>
public sealed class NoNoticePushReports : INoticePushReports
{
    public Task SendAsync(NoticePushReport report, CancellationToken cancellationToken) => Task.CompletedTask;
}
