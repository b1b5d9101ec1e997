namespace Bot.Core.Portal;

/// <summary>GET /api/procedures: a keyword, a place, a category or life event code, and a page token.</summary>
public sealed record ProcedureQuery(string? Keyword, string? LocalGovernment, string? Category, string? LifeEvent, string? Page);
