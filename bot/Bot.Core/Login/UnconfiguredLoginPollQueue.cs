namespace Bot.Core.Login;

/// <summary>Stands in where the host registered no queue: starting a login then fails loudly rather than hangs.</summary>
public sealed class UnconfiguredLoginPollQueue : ILoginPollQueue
{
    public Task EnqueueAsync(LoginPoll poll, TimeSpan delay, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("No login poll queue is registered.");
}
