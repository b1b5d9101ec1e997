using System.Security.Cryptography;
using System.Text;

namespace Portal.Domain.Applications.Submissions;

/// <summary>
/// The submission id: lower-case hex SHA-256 of the resident id, a newline and the Idempotency-Key. The key itself is
/// never stored, and the same key from two residents names two submissions.
/// </summary>
public static class SubmissionIds
{
    public const int MaxKeyLength = 255;

    public static string For(string residentId, string idempotencyKey) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{residentId}\n{idempotencyKey}")));

    /// <summary>1–255 visible ASCII characters (what a header carries without encoding).</summary>
    public static bool IsValidKey(string? key) =>
        key is { Length: > 0 and <= MaxKeyLength } && key.All(c => c is >= '!' and <= '~');

    public static bool IsId(string? id) => id is { Length: 64 } && id.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');
}
