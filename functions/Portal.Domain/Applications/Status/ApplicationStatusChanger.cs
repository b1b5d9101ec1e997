using Microsoft.Extensions.Logging;
using Portal.Domain.Applications.Events;
using Portal.Domain.Errors;
using Portal.Domain.Storage;

namespace Portal.Domain.Applications.Status;

/// <summary>
/// Moves one application to a new status for the resident or the agency: the table decides, the change is stored with
/// its history entry under the read ETag, and only then published on the <see cref="ApplicationEventPublisher"/> queue.
/// </summary>
public sealed class ApplicationStatusChanger(
    ApplicationRepository repository, ApplicationEventPublisher events, TimeProvider clock, ILogger<ApplicationStatusChanger> logger)
{
    /// <summary>Enough for any realistic race between a resident and an agency on one application.</summary>
    public const int MaxAttempts = 5;

    /// <param name="visible">Whether the caller may see the application at all (otherwise it is not found).</param>
    /// <param name="ifMatch">
    /// The ETag the caller read: a stale one is refused. Without it the change applies to whatever is current, re-read
    /// on a race, so a concurrent change is never overwritten — only checked again against the table.
    /// </param>
    /// <exception cref="ApplicationNotFoundException">No such application, or not <paramref name="visible"/>.</exception>
    /// <exception cref="StatusTransitionRefusedException">The table does not allow it from the current status.</exception>
    /// <exception cref="ConcurrencyConflictException"><paramref name="ifMatch"/> is stale.</exception>
    public async Task<Stored<Application>> ChangeAsync(
        string localGovernmentCode, string receiptNumber, Func<Application, bool> visible, ApplicationStatus to, StatusActor actor,
        string? comment, string? ifMatch, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var current = await repository.ReadAsync(localGovernmentCode, receiptNumber, cancellationToken);
            if (current is null || !visible(current.Document))
            {
                throw new ApplicationNotFoundException();
            }
            if (ifMatch is not null && !SameTag(ifMatch, current.ETag))
            {
                throw new ConcurrencyConflictException(receiptNumber);
            }
            var changed = current.Document.WithStatus(to, actor, clock.GetUtcNow(), comment);
            Stored<Application> stored;
            try
            {
                stored = await repository.ReplaceAsync(changed, current.ETag, cancellationToken);
            }
            catch (ConcurrencyConflictException) when (ifMatch is null && attempt < MaxAttempts)
            {
                continue;
            }
            await PublishAsync(stored.Document, changed.History[^1], cancellationToken);
            return stored;
        }
    }

    public static bool SameTag(string ifMatch, string? etag) =>
        etag is not null && string.Equals(ifMatch.Trim().Trim('"'), etag.Trim('"'), StringComparison.Ordinal);

    /// <summary>
    /// The change is stored and is the record: a queue that cannot take the event costs the resident a notification,
    /// not the caller a failed request (a retry would only be refused as a transition from the new status).
    /// </summary>
    private async Task PublishAsync(Application application, StatusChange change, CancellationToken cancellationToken)
    {
        try
        {
            await events.PublishAsync(new ApplicationStatusChanged(application.Id, application.LocalGovernmentCode,
                application.ResidentId, application.ProcedureId, change.From, change.To, change.Actor, change.At,
                application.Current.Number), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "The status change of an application in {LocalGovernmentCode} to {Status} was stored but not published",
                application.LocalGovernmentCode, change.To);
        }
    }
}
