using System.Collections.Concurrent;

namespace Bot.Channels.WebChat.Streams;

/// <summary>
/// Wakes the long polls of a user waiting on this instance as soon as something is appended here; polls still look at
/// the store now and then for what another instance appended.
/// </summary>
public sealed class WebChatSignals
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _waiting = new();

    /// <summary>A task that completes at the next append for the user on this instance.</summary>
    public Task NextAsync(string userId) =>
        _waiting.GetOrAdd(userId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    /// <summary>Whether a poll of the user on this instance asked to be woken (it does before it reads) and was not yet.</summary>
    public bool IsAwaited(string userId) => _waiting.ContainsKey(userId);

    public void Notify(string userId)
    {
        if (_waiting.TryRemove(userId, out var waiting))
        {
            waiting.TrySetResult();
        }
    }
}
