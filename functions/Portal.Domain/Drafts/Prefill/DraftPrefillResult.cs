using Portal.Domain.Storage;

namespace Portal.Domain.Drafts.Prefill;

/// <summary>The draft after filling, and which fields (dotted names) were filled from the profile; none when all had answers.</summary>
public sealed record DraftPrefillResult(Stored<Draft> Draft, IReadOnlyList<string> Filled);
