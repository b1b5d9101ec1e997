using Azure;
using Azure.Storage.Blobs.Specialized;

namespace LocalFunctions.Hosting.Timers;

/// <summary>
/// A held timer lease: renewed at a third of its duration; <see cref="Lost"/> fires when a renewal fails, so the
/// timer stops before another instance, having taken the lapsed lease, starts it.
/// </summary>
public sealed class TimerLease : IAsyncDisposable
{
    private readonly BlobLeaseClient _lease;
    private readonly CancellationTokenSource _lost = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _renewing;
    private readonly ILogger _logger;
    private readonly string _function;

    internal TimerLease(BlobLeaseClient lease, TimeSpan duration, TimeProvider clock, ILogger logger, string function)
    {
        _lease = lease;
        _logger = logger;
        _function = function;
        _renewing = RenewAsync(duration / 3, clock);
    }

    /// <summary>Cancelled when the lease could not be renewed.</summary>
    public CancellationToken Lost => _lost.Token;

    private async Task RenewAsync(TimeSpan every, TimeProvider clock)
    {
        try
        {
            while (true)
            {
                await Task.Delay(every, clock, _stop.Token);
                await _lease.RenewAsync(cancellationToken: _stop.Token);
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
        catch (Exception e) when (e is RequestFailedException or OperationCanceledException or IOException)
        {
            _logger.LogWarning("Timer {Function}: lease lost ({ErrorType}); another instance may take it over", _function, e.GetType().Name);
            await _lost.CancelAsync();
        }
    }

    /// <summary>Stops renewing and gives the lease back, so another instance takes over at once.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _renewing;
        if (!_lost.IsCancellationRequested)
        {
            try
            {
                await _lease.ReleaseAsync();
            }
            catch (RequestFailedException)
            {
                // Lapsed meanwhile: nothing to give back.
            }
        }
        _stop.Dispose();
        _lost.Dispose();
    }
}
