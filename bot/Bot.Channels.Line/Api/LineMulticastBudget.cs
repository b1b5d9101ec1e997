using System.Threading.RateLimiting;
using Bot.Channels.Line.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Channels.Line.Api;

/// <summary>
/// This instance's share of the channel's multicast limit: a token bucket at <see cref="LineOptions.MulticastPerSecond"/>
/// / <see cref="LineOptions.Instances"/> requests per second, with a burst of about a twentieth of a second, so that in
/// any window this instance sends at most its share plus that burst. Every attempt takes a token, retries included.
/// Waiters queue oldest first; waiting is bounded by the caller's cancellation, not by the limiter.
/// </summary>
public sealed class LineMulticastBudget : IDisposable
{
    private readonly TokenBucketRateLimiter limiter;

    public LineMulticastBudget(IOptions<LineOptions> options)
    {
        var settings = options.Value;
        if (settings.MulticastPerSecond <= 0 || settings.Instances < 1)
        {
            throw new ArgumentException("Bot:Line:MulticastPerSecond must be positive and Bot:Instances at least 1.", nameof(options));
        }
        PerSecond = settings.MulticastPerSecond / settings.Instances;

        // Whole tokens per period at exactly the share's rate: e.g. 200/s is 10 every 50 ms, 66.7/s is 4 every 60 ms.
        var tokens = Math.Max(1, (int)Math.Ceiling(PerSecond / 20));
        limiter = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = tokens,
            TokensPerPeriod = tokens,
            ReplenishmentPeriod = TimeSpan.FromSeconds(tokens / PerSecond),
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
    }

    /// <summary>This instance's requests per second.</summary>
    public double PerSecond { get; }

    /// <summary>Waits for a token.</summary>
    public async ValueTask<RateLimitLease> AcquireAsync(CancellationToken cancellationToken) =>
        await limiter.AcquireAsync(1, cancellationToken);

    public void Dispose() => limiter.Dispose();
}
