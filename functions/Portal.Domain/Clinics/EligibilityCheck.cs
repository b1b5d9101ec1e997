using System.Text;
using System.Text.Json.Serialization;
using Portal.Domain.Storage;

namespace Portal.Domain.Clinics;

/// <summary>
/// One オンライン資格確認, in <c>grants</c> under its own id (the id is the partition): the clinic that started it, its
/// card request, and once decided, the outcome. A completed check keeps what was provided (the clinic's copy, and the
/// evidence of the consent the card signed) until its TTL. Personal data: the text form is redacted.
/// </summary>
public sealed record EligibilityCheck : IDocument
{
    public const string DocumentType = "eligibilityCheck";

    /// <summary>A day: the clinic reads the answer at the counter, not later.</summary>
    public const int TimeToLiveSeconds = 86_400;

    public required string Id { get; init; }

    public string Type { get; init; } = DocumentType;

    /// <summary>The clinic's client: no other client reads the check.</summary>
    public required string ClinicClientId { get; init; }

    public required string MedicalInstitutionCode { get; init; }

    public required string ClinicName { get; init; }

    public required string CardRequestId { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset ExpiresAt { get; init; }

    public string State { get; init; } = EligibilityCheckStates.Pending;

    /// <summary>One of <see cref="EligibilityRefusals"/> when refused.</summary>
    public string? Refusal { get; init; }

    public DateTimeOffset? DecidedAt { get; init; }

    /// <summary>The patient signed the document that says yes to 薬剤情報・特定健診情報の提供.</summary>
    public bool Consented { get; init; }

    /// <summary>What the clinic was given when completed.</summary>
    public EligibilityResult? Result { get; init; }

    /// <summary>Base64 of the card's signature over the signed attributes (the consent's evidence).</summary>
    public string? Signature { get; init; }

    public int Ttl { get; init; } = TimeToLiveSeconds;

    [JsonIgnore]
    public string PartitionKey => Id;

    public static string IdOf(string checkId) => "eligibilitycheck:" + checkId;

    [JsonIgnore]
    public string CheckId => Id["eligibilitycheck:".Length..];

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("redacted");
        return true;
    }
}
