namespace Portal.Contracts.Banks;

/// <summary><c>GET /api/banks/{bankCode}/branches?q=</c>: the bank, and at most 20 of its branches, best first.</summary>
public sealed record BranchList(BankView Bank, IReadOnlyList<BranchView> Branches);
