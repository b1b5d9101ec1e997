namespace Portal.Contracts.Drafts;

/// <summary>One entry of やること. <paramref name="Kind"/> is "draft" (申請の入力途中) today.</summary>
public sealed record TodoItem(
    string Kind,
    string DraftId,
    string ProcedureId,
    string? ProcedureName,
    string LocalGovernmentCode,
    string? LocalGovernmentName,
    int? Progress,
    DateTimeOffset UpdatedAt,
    DateTimeOffset ExpiresAt);
