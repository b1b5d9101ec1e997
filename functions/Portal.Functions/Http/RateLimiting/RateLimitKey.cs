namespace Portal.Functions.Http.RateLimiting;

/// <summary>
/// One partition: a policy, what it counts by (<c>address</c>, the route value's name, <c>client</c> or
/// <c>end-user</c>) and the value.
/// </summary>
public readonly record struct RateLimitKey(string Policy, string Kind, string Value)
{
    public const string AddressKind = "address";

    public const string ClientKind = "client";

    public const string EndUserKind = "end-user";
}
