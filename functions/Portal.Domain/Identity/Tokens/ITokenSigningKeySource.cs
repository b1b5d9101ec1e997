namespace Portal.Domain.Identity.Tokens;

/// <summary>Where the token-signing certificates come from: local files, or Key Vault in Azure.</summary>
public interface ITokenSigningKeySource
{
    Task<TokenSigningKeys> LoadAsync(CancellationToken cancellationToken);
}
