using System.Runtime.ExceptionServices;
using Microsoft.Extensions.Logging;
using Portal.Domain.Applications.Events;

namespace Portal.Domain.Applications.Notifications;

/// <summary>
/// Hands each status change to every registered <see cref="IApplicationNotifier"/>. When some fail and others do not,
/// the event goes back on the queue once per failed notifier, addressed to it alone: a retry repeats nothing the
/// resident already received (a second e-mail because the chatbot's queue was down).
/// </summary>
public sealed class ApplicationEventDispatcher(
    IEnumerable<IApplicationNotifier> notifiers, ApplicationEventPublisher events, ILogger<ApplicationEventDispatcher> logger)
{
    /// <exception cref="Exception">
    /// Every notifier failed, or the one the event is addressed to did: the queue retries the event as it is.
    /// </exception>
    public async Task DispatchAsync(ApplicationStatusChanged change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.Notifier is { } name)
        {
            // A notifier no longer registered (a removed setting) has nothing left to do.
            if (notifiers.FirstOrDefault(n => n.Name == name) is { } addressed)
            {
                await addressed.NotifyAsync(change, cancellationToken);
            }
            return;
        }
        var failed = new List<(IApplicationNotifier Notifier, Exception Error)>();
        var all = notifiers.ToList();
        foreach (var notifier in all)
        {
            try
            {
                await notifier.NotifyAsync(change, cancellationToken);
            }
            catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                failed.Add((notifier, error));
            }
        }
        if (failed.Count == 0)
        {
            return;
        }
        if (failed.Count == all.Count)
        {
            if (failed.Count == 1)
            {
                ExceptionDispatchInfo.Throw(failed[0].Error);
            }
            throw new AggregateException(failed.Select(f => f.Error));
        }
        foreach (var (notifier, error) in failed)
        {
            logger.LogWarning("Notifier {Notifier} failed ({ErrorType}); the status event is queued again for it alone",
                notifier.Name, error.GetType().Name);
            await events.PublishAsync(change with { Notifier = notifier.Name }, cancellationToken);
        }
    }
}
