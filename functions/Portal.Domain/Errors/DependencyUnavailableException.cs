namespace Portal.Domain.Errors;

/// <summary>A backing service (Cosmos DB, Storage, SMTP) could not be reached; the request may be retried later.</summary>
public sealed class DependencyUnavailableException(string dependency, Exception? inner = null)
    : PortalException($"The dependency '{dependency}' is unavailable.", inner)
{
    public string Dependency { get; } = dependency;
}
