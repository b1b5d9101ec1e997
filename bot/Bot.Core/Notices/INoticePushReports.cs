using Portal.Contracts.Notices.Events;

namespace Bot.Core.Notices;

/// <summary>Where the bot tells the portal what it did with each page (the agencies' delivery figures).</summary>
public interface INoticePushReports
{
    Task SendAsync(NoticePushReport report, CancellationToken cancellationToken);
}
