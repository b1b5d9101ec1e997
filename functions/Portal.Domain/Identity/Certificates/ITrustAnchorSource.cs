namespace Portal.Domain.Identity.Certificates;

/// <summary>Where the configured JPKI trust anchors come from: local files for development, Key Vault in Azure.</summary>
public interface ITrustAnchorSource
{
    /// <summary>Both anchors; throws when either is missing or unreadable, because the portal cannot run without them.</summary>
    Task<TrustAnchors> LoadAsync(CancellationToken cancellationToken);
}
