using System.Text.Json;
using Portal.Contracts.Applications.Events;
using Portal.Contracts.Applications.History;
using Portal.Domain.Applications.Events;
using Portal.Domain.Applications.Status;
using Portal.Domain.Procedures.Serving;
using Portal.Domain.Storage;

namespace Portal.Domain.Applications.Notifications;

/// <summary>
/// Hands each status change to the chatbot as an <see cref="ApplicationStatusNotice"/> on its queue; the bot finds the
/// channel the resident last used. Nothing of the agency's comment or the answers: the notice goes out through chat
/// services. Repeating it on a retry at most repeats a notice.
/// </summary>
/// <param name="storage">The storage account the chatbot reads (app setting <c>BotEventsStorage</c>, else the portal's).</param>
/// <param name="queueName">The app setting <see cref="QueueSetting"/>.</param>
public sealed class ChatbotApplicationNotifier(StorageAccount storage, string queueName, CatalogHost catalog) : IApplicationNotifier
{
    /// <summary>The app setting naming the chatbot's queue; without it the portal tells no chatbot.</summary>
    public const string QueueSetting = "BotEventsQueue";

    /// <summary>The app setting naming the chatbot's storage connection, when it is not the portal's own.</summary>
    public const string StorageSetting = "BotEventsStorage";

    private volatile bool _created;

    public string QueueName => queueName;

    public async Task NotifyAsync(ApplicationStatusChanged change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var notice = new ApplicationStatusNotice(change.ResidentId, change.ReceiptNumber, change.ProcedureId,
            catalog.Current?.TemplatesById.GetValueOrDefault(change.ProcedureId)?.Name,
            change.From is { } from ? View(from) : null, View(change.To), change.At);
        var queue = storage.Queue(queueName);
        if (!_created)
        {
            await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            _created = true;
        }
        await queue.SendMessageAsync(JsonSerializer.Serialize(notice, JsonSerializerOptions.Web), cancellationToken);
    }

    private static StatusView View(ApplicationStatus status) => new(ApplicationStatusCodes.Of(status), ApplicationStatusLabels.Of(status));
}
