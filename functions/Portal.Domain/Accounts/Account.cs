using System.Text.Json.Serialization;
using Portal.Domain.Storage;

namespace Portal.Domain.Accounts;

/// <summary>
/// A resident's account in <c>residents</c>, in the partition of its own id (the portal's random account id, which is
/// the <c>sub</c> of every token: never a certificate serial). It holds the card certificates it signs in with, as
/// issuer + serial number only (no personal data).
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

    [JsonIgnore]
    public string PartitionKey => Id;
}

/// <summary>An authentication certificate the account signs in with: issuer DN and serial number (hex).</summary>
public sealed record AccountCertificate(string Issuer, string SerialNumber);

/// <summary>The states of an account (strings, so the stored JSON reads plainly).</summary>
public static class AccountStates
{
    /// <summary>Signed in once with a certificate the portal did not know; registration is not finished.</summary>
    public const string Pending = "pending";

    public const string Registered = "registered";
}
