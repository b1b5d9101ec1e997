using System.Text.Json.Nodes;

namespace Portal.Contracts.Drafts;

/// <summary>POST /api/me/drafts: the procedure, where it is applied for (6-digit 全国地方公共団体コード), answers so far.</summary>
public sealed record CreateDraftRequest(string? ProcedureId, string? LocalGovernmentCode, JsonObject? Data);
