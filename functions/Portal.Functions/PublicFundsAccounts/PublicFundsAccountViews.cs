using Portal.Contracts.PublicFundsAccounts;
using Portal.Domain.PublicFundsAccounts;
using Portal.Domain.PublicFundsAccounts.Payments;
using Portal.Domain.PublicFundsAccounts.Zengin;

namespace Portal.Functions.PublicFundsAccounts;

internal static class PublicFundsAccountViews
{
    public static PublicFundsAccountView View(PublicFundsAccount account, ZenginDirectory directory)
    {
        var bank = directory.FindBank(account.BankCode);
        var branch = directory.FindBranch(account.BankCode, account.BranchCode);
        return new PublicFundsAccountView(
            new ZenginNameView(account.BankCode, bank?.Name, bank?.Kana),
            new ZenginNameView(account.BranchCode, branch?.Name, branch?.Kana),
            account.AccountType, AccountTypes.Labels.GetValueOrDefault(account.AccountType, account.AccountType),
            account.AccountNumber, account.HolderKana, account.HolderName, account.IsValidIn(directory),
            account.RegisteredAt, account.UpdatedAt);
    }

    public static AgencyPublicFundsAccountView Agency(PaymentAccount account) => new(
        account.Purpose.Purpose, account.Purpose.Name,
        new ZenginNameView(account.BankCode, account.Bank?.Name, account.Bank?.Kana),
        new ZenginNameView(account.BranchCode, account.Branch?.Name, account.Branch?.Kana),
        account.AccountType, AccountTypes.Labels.GetValueOrDefault(account.AccountType, account.AccountType),
        account.AccountNumber, account.HolderKana, account.Valid);

    public static PublicFundsAccountInput Input(PublicFundsAccountUpdate body) =>
        new(body.BankCode, body.BranchCode, body.AccountType, body.AccountNumber, body.HolderKana);
}
