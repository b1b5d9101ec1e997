using Portal.Contracts.Drafts;

namespace Bot.Core.Forms;

/// <summary>A draft and its version (the ETag to send back as If-Match).</summary>
public sealed record StoredDraft(DraftView Draft, string ETag);
