using System.Text.Json.Serialization;
using Portal.Domain.Accounts.Profile;
using Portal.Domain.Storage;

namespace Portal.Domain.Accounts;

/// <summary>
/// A resident's account in <c>residents</c>, in the partition of its own id (the portal's random account id, which is
/// the <c>sub</c> of every token: never a certificate serial). It holds the card certificates it signs in with, as
/// issuer + serial number only (no personal data); each one also has a <see cref="CertificateClaim"/>.
/// </summary>
public sealed record Account : IDocument
{
    /// <summary>The value of <see cref="Type"/> for accounts; other documents of the resident share the partition.</summary>
    public const string DocumentType = "account";

    public required string Id { get; init; }

    /// <summary>The partition: the account's own id.</summary>
    public string ResidentId => Id;

    public string Type { get; init; } = DocumentType;

    public required IReadOnlyList<AccountCertificate> Certificates { get; init; }

    /// <summary>One of <see cref="AccountStates"/>.</summary>
    public required string State { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The confirmed e-mail address (only ever set after the resident typed the code sent to it).</summary>
    public string? Email { get; init; }

    /// <summary>メール通知: whether the portal may e-mail the resident about news for them (not about the account itself).</summary>
    public bool NotificationsEnabled { get; init; }

    /// <summary>The terms version the resident accepted, and when; null until registration.</summary>
    public AcceptedTerms? AcceptedTerms { get; init; }

    public DateTimeOffset? RegisteredAt { get; init; }

    /// <summary>利用者情報 read from the card with the resident's consent, to fill forms; null until read or after deletion.</summary>
    public ResidentProfile? Profile { get; init; }

    /// <summary>
    /// The audience keys of the profile's address, most specific first (ward, city, prefecture; never "national"):
    /// what an area notice's fan-out finds its recipients by. Empty without a profile or for an unmatched address.
    /// </summary>
    public IReadOnlyList<string> AreaKeys { get; init; } = [];

    /// <summary>
    /// 本人確認情報の照会: since when the resident allows agencies to find them by the profile's basic 4 items (a purpose
    /// beyond filling forms, so asked separately); null: not allowed (the default), or withdrawn.
    /// </summary>
    public DateTimeOffset? LookupAllowedAt { get; init; }

    [JsonIgnore]
    public string PartitionKey => Id;

    [JsonIgnore]
    public bool IsRegistered => State == AccountStates.Registered;
}
