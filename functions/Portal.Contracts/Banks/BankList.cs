namespace Portal.Contracts.Banks;

/// <summary><c>GET /api/banks?q=</c>: at most 20, best first.</summary>
public sealed record BankList(IReadOnlyList<BankView> Banks);
