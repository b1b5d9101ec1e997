using Functions.Http.Edge;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Channels.WebChat.Limits;

/// <summary>
/// Admits or refuses a web chat request before it reaches the conversation, so a refused one starts nothing at the
/// portal and writes nothing. In memory, per instance (see <see cref="WebChatRateLimits"/>); idle partitions are
/// dropped by the partitioned limiter, so memory follows active users and addresses.
/// </summary>
public sealed class WebChatRateLimiter : IDisposable
{
    private readonly WebChatRateLimits _limits;
    private readonly PartitionedRateLimiter<WebChatLimitKey> _limiter;
    private readonly ILogger<WebChatRateLimiter> _logger;

    public WebChatRateLimiter(IOptions<WebChatOptions> options, ILogger<WebChatRateLimiter> logger)
    {
        _limits = options.Value.RateLimits;
        _logger = logger;
        Validate(_limits);
        _limiter = PartitionedRateLimiter.Create<WebChatLimitKey, WebChatLimitKey>(Partition);
    }

    /// <summary>Before a cookie is issued: counts the new user against the caller's address.</summary>
    /// <exception cref="WebChatRateLimitedException">Too many new users from that address.</exception>
    public void AdmitNewUser(HttpContext http)
    {
        if (_limits.Enabled)
        {
            Acquire(new(WebChatLimit.AddressNewUsers, ClientAddress.Of(http, _limits.TrustForwardedFor, _limits.ForwardedForDepth)));
        }
    }

    /// <summary>Before a post is read: counts it against its user and its address.</summary>
    /// <exception cref="WebChatRateLimitedException">Over either limit.</exception>
    public void AdmitPost(HttpContext http, string userId)
    {
        if (_limits.Enabled)
        {
            Acquire(new(WebChatLimit.UserPosts, userId));
            Acquire(new(WebChatLimit.AddressPosts, ClientAddress.Of(http, _limits.TrustForwardedFor, _limits.ForwardedForDepth)));
        }
    }

    /// <summary>
    /// A place among the user's open long polls, held until the lease is disposed (the poll answered); null when the
    /// limits are off (<c>using</c> takes a null).
    /// </summary>
    /// <exception cref="WebChatRateLimitedException">The user already holds as many polls as allowed.</exception>
    public RateLimitLease? EnterPoll(string userId)
    {
        if (!_limits.Enabled)
        {
            return null;
        }
        var lease = _limiter.AttemptAcquire(new(WebChatLimit.UserConcurrentPolls, userId));
        if (lease.IsAcquired)
        {
            return lease;
        }
        lease.Dispose();
        throw Refused(WebChatLimit.UserConcurrentPolls, _limits.PollRetryAfter);
    }

    public void Dispose() => _limiter.Dispose();

    private void Acquire(WebChatLimitKey key)
    {
        using var lease = _limiter.AttemptAcquire(key);
        if (!lease.IsAcquired)
        {
            throw Refused(key.Limit, lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : WindowOf(key.Limit));
        }
    }

    private WebChatRateLimitedException Refused(WebChatLimit limit, TimeSpan retryAfter)
    {
        // Which limit only: never the address, the cookie or the user id.
        _logger.LogWarning("Web chat limit {Limit} refused a request; retry after {RetryAfter}", limit, retryAfter);
        return new WebChatRateLimitedException(limit, retryAfter);
    }

    private TimeSpan WindowOf(WebChatLimit limit) => limit switch
    {
        WebChatLimit.UserPosts => _limits.UserPostWindow,
        WebChatLimit.AddressPosts => _limits.AddressPostWindow,
        WebChatLimit.AddressNewUsers => _limits.AddressNewUserWindow,
        _ => _limits.PollRetryAfter,
    };

    private RateLimitPartition<WebChatLimitKey> Partition(WebChatLimitKey key) => key.Limit switch
    {
        WebChatLimit.UserPosts => Window(key, _limits.UserPostLimit, _limits.UserPostWindow),
        WebChatLimit.AddressPosts => Window(key, _limits.AddressPostLimit, _limits.AddressPostWindow),
        WebChatLimit.AddressNewUsers => Window(key, _limits.AddressNewUserLimit, _limits.AddressNewUserWindow),
        _ => RateLimitPartition.GetConcurrencyLimiter(key, _ => new ConcurrencyLimiterOptions
        {
            PermitLimit = _limits.UserConcurrentPollLimit, QueueLimit = 0,
        }),
    };

    private static RateLimitPartition<WebChatLimitKey> Window(WebChatLimitKey key, int permits, TimeSpan window) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits, Window = window, QueueLimit = 0,
        });

    private static void Validate(WebChatRateLimits limits)
    {
        if (limits.UserPostLimit < 1 || limits.AddressPostLimit < 1 || limits.AddressNewUserLimit < 1 || limits.UserConcurrentPollLimit < 1
            || limits.UserPostWindow <= TimeSpan.Zero || limits.AddressPostWindow <= TimeSpan.Zero
            || limits.AddressNewUserWindow <= TimeSpan.Zero || limits.PollRetryAfter <= TimeSpan.Zero)
        {
            throw new InvalidOperationException(
                $"{WebChatOptions.Section}:{WebChatRateLimits.Section}: the limits must be at least 1 and the windows positive.");
        }
    }
}
