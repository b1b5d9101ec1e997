using Portal.Domain.Identity.Tokens;

namespace Portal.Domain.Identity;

/// <summary>
/// How logs name a capability (a refresh-token family id, a card-request id, a device code): a hash prefix, never the
/// value. Whoever holds a capability can act on it, and logs are read by more people than should hold one; the prefix
/// still lets an operator follow one login through the lines it wrote.
/// </summary>
public static class LogReferences
{
    private const int Length = 12;

    public static string Of(string capability) => RefreshTokenStore.HashOf(capability)[..Length];
}
