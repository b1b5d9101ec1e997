using System.Collections.Concurrent;

namespace Portal.Testing.OpenApi;

/// <summary>
/// What one host's responses gave against the document: the count checked (for the run's report) and every
/// violation, which the host's owner asserts are none when it stops.
/// </summary>
public sealed class ContractChecks
{
    private long _checked;

    public ConcurrentQueue<string> Violations { get; } = new();

    public long Checked => Interlocked.Read(ref _checked);

    public void Record(string? violation)
    {
        Interlocked.Increment(ref _checked);
        if (violation is not null)
        {
            Violations.Enqueue(violation);
        }
    }

    /// <exception cref="ContractViolationException">Some response was not what the document describes.</exception>
    public void ThrowIfViolated()
    {
        if (!Violations.IsEmpty)
        {
            throw new ContractViolationException(
                $"{Violations.Count} response(s) did not match the OpenAPI document:{Environment.NewLine}{string.Join(Environment.NewLine, Violations.Distinct())}");
        }
    }
}
