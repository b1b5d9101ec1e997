using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Portal.Domain.Errors;
using Portal.Domain.Storage;

namespace Portal.Domain.Identity.Dpop;

/// <summary>Each DPoP proof is accepted once: a proof copied off the wire cannot be sent again (RFC 9449 §11.1).</summary>
public sealed class DpopReplayGuard(PortalDatabase database)
{
    private DocumentStore<UsedDpopProof> Store => new(database.Container(PortalContainers.Grants));

    /// <param name="keepFor">How long the proof could still pass the freshness check: a replay after that fails on iat.</param>
    /// <returns>False when a proof with this key and jti was presented before.</returns>
    public async Task<bool> TryUseAsync(string keyThumbprint, string jti, TimeSpan keepFor, CancellationToken cancellationToken)
    {
        try
        {
            await Store.CreateAsync(new UsedDpopProof { Id = IdOf(keyThumbprint, jti), Ttl = (int)Math.Max(60, Math.Ceiling(keepFor.TotalSeconds)) },
                cancellationToken);
            return true;
        }
        catch (DuplicateDocumentException)
        {
            return false;
        }
    }

    /// <summary>"dpop-" and base64url SHA-256 of thumbprint and jti: fixed length, whatever the client sends.</summary>
    public static string IdOf(string keyThumbprint, string jti) =>
        "dpop-" + Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes($"{keyThumbprint}\n{jti}")));
}
