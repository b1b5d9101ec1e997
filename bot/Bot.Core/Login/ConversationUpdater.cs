using Bot.Core.Conversations;

namespace Bot.Core.Login;

/// <summary>Changes a stored conversation outside a turn: read, change, write with If-Match, re-read on a conflict.</summary>
public sealed class ConversationUpdater(ConversationStore store, TimeProvider time)
{
    private const int Attempts = 5;

    public async Task<ConversationState> ReadAsync(string key, CancellationToken cancellationToken) =>
        (await store.ReadAsync(key, cancellationToken)).State;

    /// <summary>The stored state after <paramref name="change"/>; null when <paramref name="change"/> declined (null).</summary>
    public async Task<ConversationState?> UpdateAsync(
        string key, Func<ConversationState, ConversationState?> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var stored = await store.ReadAsync(key, cancellationToken);
            if (change(stored.State) is not { } changed)
            {
                return null;
            }
            try
            {
                changed = changed with { UpdatedAt = time.GetUtcNow() };
                await store.SaveAsync(changed, stored.ETag, cancellationToken);
                return changed;
            }
            catch (ConversationConflictException) when (attempt < Attempts)
            {
            }
        }
    }
}
