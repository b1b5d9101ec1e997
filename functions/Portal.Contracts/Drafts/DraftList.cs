namespace Portal.Contracts.Drafts;

/// <summary>GET /api/me/drafts: the resident's drafts, most recently changed first.</summary>
public sealed record DraftList(IReadOnlyList<DraftView> Items);
