using System.Text.Json.Nodes;

namespace Portal.Domain.Drafts;

/// <summary>What starts a draft: which procedure, at which local government, and any answers already known.</summary>
public sealed record DraftInput(string? ProcedureId, string? LocalGovernmentCode, JsonObject? Data);
