using System.Text.Json;
using Bot.Core.Applications;
using Bot.Core.Notices;
using Bot.Core.Sessions;
using Portal.Contracts.Accounts.Events;
using Portal.Contracts.Applications.Events;
using Portal.Contracts.Notices.Events;
using Portal.Contracts.Sessions.Events;

namespace Bot.Core.Portal;

/// <summary>
/// The portal's events on the bot's queue (<c>BotEventsQueue</c>), each to its service: a new login, a deleted
/// account or a page of a notice's pushes (their <c>kind</c> says so), or an application status notice (which has no
/// kind: it came first).
/// </summary>
public sealed class PortalEventRouter(
    StatusNoticeService statuses, NewLoginNoticeService logins, AccountDeletedService deletions, NoticePushReporting notices,
    UnreadNoticeCounts unreadCounts)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task RouteAsync(string message, CancellationToken cancellationToken)
    {
        using var document = JsonDocument.Parse(message);
        var root = document.RootElement;
        var kind = root.TryGetProperty("kind", out var k) && k.ValueKind == JsonValueKind.String ? k.GetString() : null;
        if (kind == NoticePushPage.EventKind)
        {
            ForgetCounts(root.Deserialize<NoticePushPage>(Json)!);
        }
        return kind switch
        {
            NewLoginNotice.EventKind => logins.NotifyAsync(root.Deserialize<NewLoginNotice>(Json)!, cancellationToken),
            AccountDeletedNotice.EventKind => deletions.HandleAsync(root.Deserialize<AccountDeletedNotice>(Json)!, cancellationToken),
            NoticePushPage.EventKind => notices.PushAsync(root.Deserialize<NoticePushPage>(Json)!, cancellationToken),
            _ => statuses.NotifyAsync(root.Deserialize<ApplicationStatusNotice>(Json)!, cancellationToken),
        };
    }

    /// <summary>A notice arrived for these accounts: their menu badges ask the portal again (even where the push is held back).</summary>
    private void ForgetCounts(NoticePushPage page)
    {
        foreach (var accountId in page.AccountIds)
        {
            unreadCounts.Forget(accountId);
        }
    }
}
