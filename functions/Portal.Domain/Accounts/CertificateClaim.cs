using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;
using Portal.Domain.Storage;

namespace Portal.Domain.Accounts;

/// <summary>
/// "This certificate belongs to that account", in <c>residents</c> under an id derived from the certificate. It is
/// created (never upserted) before the account, so of two first sign-ins with the same card only one claim exists and
/// both end up in one account; and signing in is a point read instead of a cross-partition query.
/// </summary>
public sealed record CertificateClaim : IDocument
{
    public const string DocumentType = "certificate-claim";

    /// <summary><see cref="IdOf"/> of the certificate; also its own partition.</summary>
    public required string Id { get; init; }

    public string ResidentId => Id;

    public string Type { get; init; } = DocumentType;

    public required string AccountId { get; init; }

    public required string Issuer { get; init; }

    public required string SerialNumber { get; init; }

    public required DateTimeOffset ClaimedAt { get; init; }

    [JsonIgnore]
    public string PartitionKey => Id;

    /// <summary>"cert-" + base64url SHA-256 of "issuer|serial" (serial upper-case hex, so its spelling does not matter).</summary>
    public static string IdOf(string issuer, string serialNumber) =>
        "cert-" + Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes($"{issuer}|{serialNumber.ToUpperInvariant()}")));
}
