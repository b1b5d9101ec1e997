using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Functions.Http.RateLimiting;

namespace Portal.Functions.Tests.Http.RateLimiting;

/// <summary>
/// The limiter on its own. System.Threading.RateLimiting runs on the real clock (no TimeProvider), so the windows
/// that must pass are tiny and the ones that must not are long.
/// </summary>
public sealed class EdgeRateLimiterTests
{
    private static readonly TimeSpan Long = TimeSpan.FromMinutes(5);

    [Fact]
    public void TheCallAfterThePermitLimitIsRefusedWithWholeSecondsToWait()
    {
        using var limiter = Limiter(new RateLimitPolicy { PermitLimit = 3, Window = Long });
        var http = From("203.0.113.7");

        for (var i = 0; i < 3; i++)
        {
            limiter.Admit("Limited", http, null);
        }
        var refused = Assert.Throws<RateLimitExceededException>(() => limiter.Admit("Limited", http, null));

        Assert.Equal("Limited", refused.Policy);
        Assert.InRange(refused.RetryAfterSeconds, 1, (int)Long.TotalSeconds);
    }

    [Fact]
    public void AnotherAddressHasItsOwnLimit()
    {
        using var limiter = Limiter(new RateLimitPolicy { PermitLimit = 1, Window = Long });
        limiter.Admit("Limited", From("203.0.113.7"), null);
        Assert.Throws<RateLimitExceededException>(() => limiter.Admit("Limited", From("203.0.113.7"), null));

        limiter.Admit("Limited", From("203.0.113.8"), null);
        limiter.Admit("Limited", From("2001:db8::1"), null);
    }

    [Fact]
    public void EachFunctionHasItsOwnLimitAndFunctionsWithoutAPolicyAreNotLimited()
    {
        using var limiter = Limiter(new RateLimitPolicy { PermitLimit = 1, Window = Long });
        var http = From("203.0.113.7");
        limiter.Admit("Limited", http, null);

        for (var i = 0; i < 10; i++)
        {
            limiter.Admit("Unlimited", http, null);
            limiter.Admit(null, http, null);
        }
        Assert.Throws<RateLimitExceededException>(() => limiter.Admit("Limited", http, null));
    }

    [Fact]
    public void WhenDisabledNothingIsLimited()
    {
        using var limiter = Limiter(new RateLimitPolicy { PermitLimit = 1, Window = Long }, enabled: false);

        for (var i = 0; i < 5; i++)
        {
            limiter.Admit("Limited", From("203.0.113.7"), null);
        }
    }

    [Fact]
    public void ARouteValueIsLimitedWhoeverSends()
    {
        using var limiter = Limiter(new RateLimitPolicy { PermitLimit = 100, Window = Long, RouteValue = "id", RouteValuePermitLimit = 2 });
        var flooded = new Dictionary<string, object?> { ["id"] = "request-1" };

        limiter.Admit("Limited", From("203.0.113.1"), flooded);
        limiter.Admit("Limited", From("203.0.113.2"), flooded);
        Assert.Throws<RateLimitExceededException>(() => limiter.Admit("Limited", From("203.0.113.3"), flooded));

        limiter.Admit("Limited", From("203.0.113.3"), new Dictionary<string, object?> { ["id"] = "request-2" });
    }

    [Fact]
    public async Task AfterTheWindowTheClientIsAdmittedAgain()
    {
        using var limiter = Limiter(new RateLimitPolicy { PermitLimit = 1, Window = TimeSpan.FromMilliseconds(200) });
        var http = From("203.0.113.7");
        limiter.Admit("Limited", http, null);
        Assert.Throws<RateLimitExceededException>(() => limiter.Admit("Limited", http, null));

        // Replenishment runs on the limiter's own timer, which a loaded machine can delay well past the window;
        // so wait for the admission with a generous deadline rather than for a fixed time.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (true)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100));
            try
            {
                limiter.Admit("Limited", http, null);
                return;
            }
            catch (RateLimitExceededException) when (DateTime.UtcNow < deadline)
            {
            }
        }
    }

    [Fact]
    public void ASlidingWindowLimitsLikeAFixedOne()
    {
        using var limiter = Limiter(new RateLimitPolicy { PermitLimit = 2, Window = Long, SegmentsPerWindow = 5 });
        var http = From("203.0.113.7");

        limiter.Admit("Limited", http, null);
        limiter.Admit("Limited", http, null);

        Assert.Throws<RateLimitExceededException>(() => limiter.Admit("Limited", http, null));
    }

    private static EdgeRateLimiter Limiter(RateLimitPolicy policy, bool enabled = true) =>
        new(new RateLimitOptions { Enabled = enabled, Policies = new Dictionary<string, RateLimitPolicy> { ["Limited"] = policy } },
            NullLogger<EdgeRateLimiter>.Instance);

    private static DefaultHttpContext From(string address) =>
        new() { Connection = { RemoteIpAddress = IPAddress.Parse(address) } };
}
