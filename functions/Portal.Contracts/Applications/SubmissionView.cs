using System.Text.Json.Serialization;

namespace Portal.Contracts.Applications;

/// <summary>
/// A submission: <c>pending-signature</c> with the card request to sign, or <c>submitted</c> with the receipt number
/// (受付番号) and the application's status code.
/// </summary>
public sealed record SubmissionView(
    string SubmissionId,
    string State,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SubmissionCardRequestView? CardRequest,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ReceiptNumber,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? SubmittedAt);
