using System.Text.Json;

namespace Portal.Domain.Applications.Canonical;

/// <summary>What a resident submits (and signs): the form's data for one procedure offered by one local government.</summary>
/// <param name="LocalGovernmentCode">The offering (receiving) body: part of what is signed, so a signed application cannot be redirected.</param>
/// <param name="Data">The form's answers as JSON.</param>
public sealed record ApplicationContent(
    string ProcedureId,
    string FormId,
    string FormVersion,
    string LocalGovernmentCode,
    JsonElement Data,
    IReadOnlyList<AttachmentReference> Attachments);
