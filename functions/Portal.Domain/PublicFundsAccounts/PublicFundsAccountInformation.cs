using System.Globalization;
using System.Text.Json.Nodes;
using Portal.Domain.Information.Catalogue;
using Portal.Domain.Information.Records;
using Portal.Domain.Information.Residents;
using Portal.Domain.PublicFundsAccounts.Zengin;

namespace Portal.Domain.PublicFundsAccounts;

/// <summary>
/// わたしの情報 15 公金受取口座: the portal holds it, so it answers it — the account as registered now, valid from the
/// day it was registered or last changed, the number masked (****567) as everywhere outside the resident's own account
/// page, and whether it can be paid into (the bank and branch listed and no invalid mark from the bank-data check).
/// </summary>
public sealed class PublicFundsAccountInformation(PublicFundsAccountRepository accounts, ZenginDirectory directory) : IPortalHeldInformation
{
    public const string CategoryId = "public-funds-account";

    private static readonly TimeSpan Japan = TimeSpan.FromHours(9);

    public string Category => CategoryId;

    public async Task<InformationRecord?> ReadAsync(string residentId, CancellationToken cancellationToken)
    {
        if ((await accounts.ReadAsync(residentId, cancellationToken))?.Document is not { } account)
        {
            return null;
        }
        var bank = directory.FindBank(account.BankCode);
        var branch = directory.FindBranch(account.BankCode, account.BranchCode);
        var valid = account.IsValidIn(directory);
        return new InformationRecord
        {
            Id = InformationRecord.IdOf(BodyKinds.Portal, CategoryId, "account", 1),
            ResidentId = residentId,
            Body = BodyKinds.Portal,
            BodyKind = BodyKinds.Portal,
            ProviderName = "マイナポータル",
            Category = CategoryId,
            RecordId = "account",
            Version = 1,
            ValidFrom = DateOnly.FromDateTime(account.UpdatedAt.ToOffset(Japan).DateTime),
            RecordedAt = account.UpdatedAt,
            Data = new JsonObject
            {
                ["bankName"] = bank?.Name ?? $"金融機関コード{account.BankCode}",
                ["branchName"] = branch?.Name ?? $"支店コード{account.BranchCode}",
                ["accountType"] = AccountTypes.Labels.GetValueOrDefault(account.AccountType, account.AccountType),
                ["accountNumber"] = account.MaskedNumber,
                ["holderKana"] = account.HolderKana,
                ["registeredAt"] = InJapan(account.RegisteredAt),
                ["updatedAt"] = InJapan(account.UpdatedAt),
                ["status"] = valid ? "有効" : "無効",
            },
        };
    }

    private static string InJapan(DateTimeOffset at) => at.ToOffset(Japan).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
