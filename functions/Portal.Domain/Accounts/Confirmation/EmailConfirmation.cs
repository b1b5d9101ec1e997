using System.Text.Json.Serialization;
using Portal.Domain.Storage;

namespace Portal.Domain.Accounts.Confirmation;

/// <summary>
/// An e-mail address waiting for its confirmation code, in <c>grants</c>: one per account and purpose, so sending
/// again replaces the code. The code itself is never stored, only a salted hash; TTL removes the document a while
/// after it expires.
/// </summary>
public sealed record EmailConfirmation : IDocument
{
    public const string DocumentType = "email-confirmation";

    public const int MaxAttempts = 5;

    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public required string Id { get; init; }

    public string Type { get; init; } = DocumentType;

    /// <summary>One of <see cref="ConfirmationPurposes"/>.</summary>
    public required string Purpose { get; init; }

    public required string AccountId { get; init; }

    /// <summary>The address the code was sent to, confirmed when the code comes back.</summary>
    public required string Email { get; init; }

    /// <summary>Registration only: the メール通知 choice and the terms version, shown on the confirmation screen.</summary>
    public bool? NotificationsEnabled { get; init; }

    public string? TermsVersion { get; init; }

    /// <summary>Base64 of 16 random bytes.</summary>
    public required string Salt { get; init; }

    /// <summary>Base64 SHA-256 of salt + code.</summary>
    public required string CodeHash { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset ExpiresAt { get; init; }

    public int FailedAttempts { get; init; }

    /// <summary>Seconds; the container deletes it afterwards (expiry itself is checked in code).</summary>
    public int Ttl { get; init; }

    [JsonIgnore]
    public string PartitionKey => Id;

    [JsonIgnore]
    public int RemainingAttempts => Math.Max(0, MaxAttempts - FailedAttempts);

    public bool IsExpiredAt(DateTimeOffset now) => now >= ExpiresAt;

    public static string IdFor(string purpose, string accountId) => $"confirm-{purpose}-{accountId}";
}
