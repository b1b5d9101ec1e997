using Microsoft.Extensions.Logging;

namespace Portal.Benchmarks;

/// <summary>
/// Counts warnings and worse: the side effects after storing (draft removal, event, mail) log their failures instead of
/// throwing, and a benchmark whose side effects silently failed would time less work than the host does.
/// </summary>
public sealed class WarningCountingLogger<T> : ILogger<T>
{
    private int _count;

    public int Count => _count;

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel))
        {
            Interlocked.Increment(ref _count);
        }
    }
}
