namespace Bot.Core.Notices;

/// <summary>
/// This instance's pages resolve their accounts to chats a few at a time, in the order they were taken off the queue.
/// The queue trigger hands the bot 16 pages at once; resolving them all side by side shares the database between them,
/// so every page (the first included) is ready only when nearly all are, while LINE's budget sits unused. In turn, the
/// first page is sent while the next ones resolve, and pages are still ready faster than LINE's limit takes them.
/// </summary>
public sealed class NoticePageResolutions : IDisposable
{
    /// <summary>Pages resolving at once: a few, so round trips overlap others' database work on a busy machine.</summary>
    public const int AtOnce = 4;

    // Async waiters of a SemaphoreSlim are released oldest first.
    private readonly SemaphoreSlim turns = new(AtOnce, AtOnce);

    public async Task<T> InTurnAsync<T>(Func<Task<T>> resolve, CancellationToken cancellationToken)
    {
        await turns.WaitAsync(cancellationToken);
        try
        {
            return await resolve();
        }
        finally
        {
            turns.Release();
        }
    }

    public void Dispose() => turns.Dispose();
}
