using Portal.Domain.Errors;

namespace Portal.Domain.Accounts;

/// <summary>No terms version is in effect yet, or the one asked for was never published.</summary>
public sealed class TermsUnavailableException(string? version)
    : PortalException(version is null ? "No terms version is in effect." : $"There is no terms version '{version}'.")
{
    public string? Version { get; } = version;
}
