using Portal.Domain.Notices.Personal;
using Portal.Domain.PublicFundsAccounts.Zengin;

namespace Portal.Domain.PublicFundsAccounts;

/// <summary>
/// Confirms each registration, change and deletion of the 公金受取口座 with a personal notice in the resident's お知らせ
/// (so someone who got hold of the account cannot redirect benefits unseen), and by e-mail when their 通知設定 ask for
/// it (<see cref="PortalNoticeSender"/>). The account is shown masked (みずほ 東京営業部 普通 ****567: the names as the
/// Zengin data writes them, the number's last three digits). The id comes from the resident, the event and the time of the change, so
/// telling twice makes one notice.
/// </summary>
public sealed class PublicFundsAccountNotices(PortalNoticeSender sender, ZenginDirectory directory)
{
    private const string Warning = "この操作に心当たりがない場合は、操作履歴を確認し、お問い合わせ窓口にご連絡ください。";

    public async Task TellAsync(PublicFundsAccount account, PublicFundsAccountEvent what, DateTimeOffset changedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        var (title, body) = Text(account, what);
        await sender.TellAsync(account.ResidentId, $"publicfundsaccount\n{account.ResidentId}\n{what}\n{changedAt.UtcTicks}", title, body,
            "publicfundsaccount-" + what.ToString().ToLowerInvariant(), cancellationToken);
    }

    /// <summary>"みずほ 東京営業部 普通 ****567"; a code stands in for a name the data no longer lists.</summary>
    public string Masked(PublicFundsAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var bank = directory.FindBank(account.BankCode)?.Name ?? $"金融機関コード{account.BankCode}";
        var branch = directory.FindBranch(account.BankCode, account.BranchCode)?.Name ?? $"支店コード{account.BranchCode}";
        var type = AccountTypes.Labels.GetValueOrDefault(account.AccountType, account.AccountType);
        return $"{bank} {branch} {type} {account.MaskedNumber}";
    }

    private (string Title, string Body) Text(PublicFundsAccount account, PublicFundsAccountEvent what)
    {
        var masked = Masked(account);
        return what switch
        {
            PublicFundsAccountEvent.Registered => ("公金受取口座を登録しました",
                $"公金受取口座を登録しました。\n\n{masked}\n\n給付金などの受取に、この口座が使われます。\n{Warning}"),
            PublicFundsAccountEvent.Changed => ("公金受取口座を変更しました",
                $"公金受取口座を次の口座に変更しました。\n\n{masked}\n\n今後の給付金などの受取には、この口座が使われます。\n{Warning}"),
            _ => ("公金受取口座の登録を削除しました",
                $"公金受取口座（{masked}）の登録を削除しました。\n\n{Warning}"),
        };
    }
}
