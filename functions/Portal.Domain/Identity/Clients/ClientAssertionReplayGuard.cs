using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Portal.Domain.Errors;

namespace Portal.Domain.Identity.Clients;

/// <summary>Makes each (client, jti) usable once: the first create wins, any later one is a replay.</summary>
public sealed class ClientAssertionReplayGuard(UsedClientAssertionRepository used, TimeProvider clock)
{
    /// <summary>Outlives the assertion's exp by the clock skew the validator allows, so no replay slips through the gap.</summary>
    private static readonly TimeSpan Retention = TimeSpan.FromMinutes(1);

    /// <returns>False when this client already used this jti.</returns>
    public async Task<bool> TryUseAsync(string clientId, string jti, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        try
        {
            await used.CreateAsync(new UsedClientAssertion
            {
                Id = IdOf(clientId, jti),
                ClientId = clientId,
                ExpiresAt = expiresAt,
                Ttl = (int)Math.Max(60, Math.Ceiling((expiresAt - now + Retention).TotalSeconds)),
            }, cancellationToken);
            return true;
        }
        catch (DuplicateDocumentException)
        {
            return false;
        }
    }

    /// <summary>"jti-" and base64url SHA-256 of client id and jti: fixed length, whatever the client sends.</summary>
    public static string IdOf(string clientId, string jti) =>
        "jti-" + Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes($"{clientId}\n{jti}")));
}
