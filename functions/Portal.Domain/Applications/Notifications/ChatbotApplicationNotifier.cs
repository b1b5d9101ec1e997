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
public sealed class ChatbotApplicationNotifier(ChatbotEventQueue queue, CatalogHost catalog) : IApplicationNotifier
{
    public string QueueName => queue.QueueName;

    public string Name => "chatbot";

    public Task NotifyAsync(ApplicationStatusChanged change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var notice = new ApplicationStatusNotice(change.ResidentId, change.ReceiptNumber, change.ProcedureId,
            catalog.Current?.TemplatesById.GetValueOrDefault(change.ProcedureId)?.Name,
            change.From is { } from ? View(from) : null, View(change.To), change.At);
        return queue.SendAsync(notice, cancellationToken);
    }

    private static StatusView View(ApplicationStatus status) => new(ApplicationStatusCodes.Of(status), ApplicationStatusLabels.Of(status));
}
