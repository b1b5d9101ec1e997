using System.Text.Json;
using Bot.Core.Applications;
using Bot.Core.Sessions;
using Portal.Contracts.Applications.Events;
using Portal.Contracts.Sessions.Events;

namespace Bot.Core.Portal;

/// <summary>
/// The portal's events on the bot's queue (<c>BotEventsQueue</c>), each to its service: a new login (its <c>kind</c>
/// says so) or an application status notice (which has no kind: it came first).
/// </summary>
public sealed class PortalEventRouter(StatusNoticeService statuses, NewLoginNoticeService logins)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task RouteAsync(string message, CancellationToken cancellationToken)
    {
        using var document = JsonDocument.Parse(message);
        var root = document.RootElement;
        return root.TryGetProperty("kind", out var kind) && kind.ValueKind == JsonValueKind.String && kind.GetString() == NewLoginNotice.EventKind
            ? logins.NotifyAsync(root.Deserialize<NewLoginNotice>(Json)!, cancellationToken)
            : statuses.NotifyAsync(root.Deserialize<ApplicationStatusNotice>(Json)!, cancellationToken);
    }
}
