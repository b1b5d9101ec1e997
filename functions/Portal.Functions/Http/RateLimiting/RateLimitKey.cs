namespace Portal.Functions.Http.RateLimiting;

/// <summary>One partition: a policy, what it counts by (<c>address</c> or the route value's name) and the value.</summary>
public readonly record struct RateLimitKey(string Policy, string Kind, string Value)
{
    public const string AddressKind = "address";
}
