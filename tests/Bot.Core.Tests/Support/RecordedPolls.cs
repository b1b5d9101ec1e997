using Bot.Core.Login;

namespace Bot.Core.Tests.Support;

/// <summary>The login poll queue of a component test: polls are kept for the test to run (no queue trigger here).</summary>
public sealed class RecordedPolls : ILoginPollQueue
{
    private readonly List<LoginPoll> _polls = [];
    private readonly List<TimeSpan> _delays = [];

    /// <summary>The delay each poll was queued with, in the order of <see cref="All"/>.</summary>
    public IReadOnlyList<TimeSpan> Delays
    {
        get
        {
            lock (_polls)
            {
                return [.. _delays];
            }
        }
    }

    public IReadOnlyList<LoginPoll> All
    {
        get
        {
            lock (_polls)
            {
                return [.. _polls];
            }
        }
    }

    public Task EnqueueAsync(LoginPoll poll, TimeSpan delay, CancellationToken cancellationToken)
    {
        lock (_polls)
        {
            _polls.Add(poll);
            _delays.Add(delay);
        }
        return Task.CompletedTask;
    }
}
