using System.Text.Json.Nodes;

namespace Portal.Contracts.Drafts;

/// <summary>A draft as the API returns it; its version is the ETag header (send it back as If-Match).</summary>
/// <param name="ETag">The version (also the ETag header); null in a list.</param>
/// <param name="Progress">0–100, null while the form is not known.</param>
public sealed record DraftView(
    string Id,
    string ProcedureId,
    string LocalGovernmentCode,
    string? FormId,
    int? FormVersion,
    JsonObject Data,
    IReadOnlyList<DraftAttachmentView> Attachments,
    int? Progress,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset ExpiresAt,
    string? ETag);
