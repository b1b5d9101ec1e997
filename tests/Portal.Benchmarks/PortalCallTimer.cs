using System.Diagnostics;

namespace Portal.Benchmarks;

/// <summary>
/// Time the bot spends waiting on the portal, attributed to the turn that waited: the benchmark opens a turn before
/// posting, the bot's test server keeps the caller's execution context (so the turn flows into the engine and its
/// portal client), and <see cref="Handler"/> adds each call's time to it. A call outside any turn is counted apart, so
/// the report can refuse figures it could not attribute.
/// </summary>
public sealed class PortalCallTimer
{
    private readonly AsyncLocal<TurnPortalTime?> _current = new();
    private int _unattributed;

    public int UnattributedCalls => _unattributed;

    /// <summary>Starts accumulating for the turn about to be posted from this async flow.</summary>
    public TurnPortalTime BeginTurn() => _current.Value = new TurnPortalTime();

    public void EndTurn() => _current.Value = null;

    /// <summary>Goes in front of the real portal's handler: times base.SendAsync, i.e. the portal's whole answer.</summary>
    public DelegatingHandler Handler(HttpMessageHandler portal) => new TimingHandler(this) { InnerHandler = portal };

    private void Record(TimeSpan elapsed)
    {
        if (_current.Value is { } turn)
        {
            turn.Add(elapsed);
        }
        else
        {
            Interlocked.Increment(ref _unattributed);
        }
    }

    private sealed class TimingHandler(PortalCallTimer timer) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var start = Stopwatch.GetTimestamp();
            try
            {
                var response = await base.SendAsync(request, cancellationToken);
                // The client reads the body after SendAsync; buffer it here so that read is not the portal's time hidden in the bot's.
                await response.Content.LoadIntoBufferAsync(cancellationToken);
                return response;
            }
            finally
            {
                timer.Record(Stopwatch.GetElapsedTime(start));
            }
        }
    }
}
