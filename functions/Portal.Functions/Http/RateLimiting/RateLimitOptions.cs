using Microsoft.Extensions.Configuration;

namespace Portal.Functions.Http.RateLimiting;

/// <summary>
/// Configuration section <c>RateLimits</c>: <c>Enabled</c>, <c>TrustForwardedFor</c>, <c>ForwardedForDepth</c>, and
/// one subsection per function name (<c>RateLimits:RequestToken:PermitLimit</c>, <c>:Window</c>, ...) over the defaults.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Take the client address from <c>X-Forwarded-For</c>. Only behind a proxy that sets it (Azure Front Door, the
    /// App Service front end): otherwise any caller could name any address and escape its limit. Off by default.
    /// </summary>
    public bool TrustForwardedFor { get; set; }

    /// <summary>
    /// Which <c>X-Forwarded-For</c> entry is the client, counted from the right: 1 = the address the nearest trusted
    /// proxy saw. Entries further left were written by the caller and are not trusted.
    /// </summary>
    public int ForwardedForDepth { get; set; } = 1;

    public IReadOnlyDictionary<string, RateLimitPolicy> Policies { get; init; } = RateLimitDefaults.Policies;

    /// <summary>The defaults with whatever the section overrides or adds.</summary>
    public static RateLimitOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var policies = RateLimitDefaults.Policies.ToDictionary(p => p.Key, p => p.Value.Copy(), StringComparer.Ordinal);
        foreach (var child in section.GetChildren().Where(c => c.GetChildren().Any()))
        {
            var policy = policies.TryGetValue(child.Key, out var existing) ? existing : new RateLimitPolicy();
            child.Bind(policy);
            policies[child.Key] = policy;
        }
        foreach (var (name, policy) in policies)
        {
            if (policy.PermitLimit < 1 || policy.Window <= TimeSpan.Zero || policy.SegmentsPerWindow < 1 || policy.RouteValuePermitLimit < 1
                || policy.ClientPermitLimit < 1 || policy.EndUserPermitLimit < 1)
            {
                throw new InvalidOperationException(
                    $"{Section}:{name}: the permit limits and SegmentsPerWindow must be at least 1 and Window positive.");
            }
        }
        var options = new RateLimitOptions { Policies = policies };
        section.Bind(options);
        return options;
    }
}
