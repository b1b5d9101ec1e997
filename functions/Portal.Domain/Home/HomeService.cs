using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Domain.Residents;

namespace Portal.Domain.Home;

/// <summary>
/// ホーム: every <see cref="IHomePart"/> read at the same time, each with its own time limit
/// (<see cref="HomeOptions.PartTimeout"/>). A part that throws or is late is left out and named in
/// <see cref="HomeSummary.Unavailable"/>; the rest still answer. Logs name the part and the account id, nothing else.
/// </summary>
public sealed class HomeService(IEnumerable<IHomePart> parts, IOptions<HomeOptions> options, ILogger<HomeService> logger)
{
    private readonly IReadOnlyList<IHomePart> _parts = [.. parts];

    public async Task<HomeSummary> GetAsync(ResidentContext resident, CancellationToken cancellationToken)
    {
        var results = await Task.WhenAll(_parts.Select(p => ReadAsync(p, resident, cancellationToken)));
        var read = results.Where(r => r.Contribution is not null).Select(r => r.Contribution!).ToList();
        var order = HomeTodoKinds.All;
        var todo = read.SelectMany(c => c.Todo)
            .OrderBy(t => IndexOf(order, t.Kind))
            .ThenBy(t => t.DueAt ?? DateTimeOffset.MaxValue)
            .ThenByDescending(t => t.At)
            .ToList();
        return new HomeSummary(todo,
            read.Select(c => c.LatestNotices).FirstOrDefault(s => s is not null),
            read.Select(c => c.UnreadNotices).FirstOrDefault(s => s is not null),
            read.Select(c => c.Applications).FirstOrDefault(s => s is not null),
            read.Select(c => c.ActingFor).FirstOrDefault(s => s is not null),
            [.. results.Where(r => r.Contribution is null).Select(r => r.Part.Name)]);
    }

    private async Task<(IHomePart Part, HomeContribution? Contribution)> ReadAsync(
        IHomePart part, ResidentContext resident, CancellationToken cancellationToken)
    {
        var limit = options.Value.PartTimeout;
        using var limited = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limited.CancelAfter(limit);
        try
        {
            // WaitAsync too: a part that does not watch its token is still left behind at the limit.
            return (part, await Task.Run(() => part.ReadAsync(resident, limited.Token), limited.Token).WaitAsync(limit, cancellationToken));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException)
        {
            logger.LogWarning("Home part {Part} took over {LimitMs} ms for account {AccountId}; left out",
                part.Name, limit.TotalMilliseconds, resident.PrincipalId);
            return (part, null);
        }
        catch (Exception e)
        {
            // Only the exception's type: its message may quote what was read.
            logger.LogWarning("Home part {Part} failed ({Error}) for account {AccountId}; left out",
                part.Name, e.GetType().Name, resident.PrincipalId);
            return (part, null);
        }
    }

    private static int IndexOf(IReadOnlyList<string> order, string kind)
    {
        for (var i = 0; i < order.Count; i++)
        {
            if (order[i] == kind)
            {
                return i;
            }
        }
        return order.Count;
    }
}
