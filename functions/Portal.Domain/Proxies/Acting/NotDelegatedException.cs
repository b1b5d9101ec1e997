using Portal.Domain.Errors;

namespace Portal.Domain.Proxies.Acting;

/// <summary>
/// A proxy asked for something the delegation does not cover (answered 403): an operation that is never delegable
/// (account, e-mail, settings, proxies, linked sites, deletion), a service not chosen, or a わたしの情報 category not chosen.
/// </summary>
public sealed class NotDelegatedException(string what) : PortalException($"Not delegated: {what}")
{
    /// <summary>The operation, service or category refused (never personal data).</summary>
    public string What { get; } = what;
}
