using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Portal.Domain.Storage;

namespace Portal.Domain.ExternalSites.Authorization;

/// <summary>Authorization transactions in <see cref="PortalContainers.Grants"/>, found by the browser's cookie value.</summary>
public sealed class AuthorizationTransactions(PortalDatabase database)
{
    /// <summary>Base64url of 32 random bytes: the shape <see cref="NewSecret"/> makes; anything else is never looked up.</summary>
    private const int SecretLength = 43;

    private DocumentStore<AuthorizationTransaction> Store => new(database.Container(PortalContainers.Grants));

    public static string NewSecret() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>"azt-" and base64url SHA-256 of the cookie's value.</summary>
    public static string IdOf(string secret) => "azt-" + Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public Task<Stored<AuthorizationTransaction>> CreateAsync(AuthorizationTransaction transaction, CancellationToken cancellationToken) =>
        Store.CreateAsync(transaction, cancellationToken);

    public async Task<Stored<AuthorizationTransaction>?> FindAsync(string? secret, CancellationToken cancellationToken)
    {
        if (secret is not { Length: SecretLength } || secret.AsSpan().IndexOfAnyExcept("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") >= 0)
        {
            return null;
        }
        var id = IdOf(secret);
        return await Store.ReadAsync(id, id, cancellationToken);
    }

    /// <returns>Null when another request changed it first.</returns>
    public Task<Stored<AuthorizationTransaction>?> TryReplaceAsync(AuthorizationTransaction transaction, string etag, CancellationToken cancellationToken) =>
        Store.TryReplaceAsync(transaction, etag, cancellationToken);
}
