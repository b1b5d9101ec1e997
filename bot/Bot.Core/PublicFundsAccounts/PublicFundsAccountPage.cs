using Portal.Contracts.Banks;

namespace Bot.Core.PublicFundsAccounts;

/// <summary>
/// The page as it is to be drawn: what was searched and chosen, the candidates found, the portal's errors, and once
/// registered the account masked (<see cref="Done"/>). The account number is never drawn back into the page.
/// </summary>
public sealed record PublicFundsAccountPage(
    PublicFundsAccountPageInput Input,
    IReadOnlyList<BankView> Banks,
    BankView? Bank,
    IReadOnlyList<BranchView> Branches,
    IReadOnlyList<PublicFundsAccountPageError> Errors,
    string? Done = null);
