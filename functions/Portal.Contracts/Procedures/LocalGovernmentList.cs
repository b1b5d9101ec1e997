namespace Portal.Contracts.Procedures;

/// <summary>GET /api/local-governments: the best matches for a name, reading or part of one.</summary>
public sealed record LocalGovernmentList(IReadOnlyList<LocalGovernmentView> Items);
