using Portal.Domain.Notices.Personal;

namespace Portal.Domain.PublicFundsAccounts.BankDataChanges;

/// <summary>
/// 「登録口座が無効になりました」: tells the resident what the new bank data changed and what to do, through
/// <see cref="PortalNoticeSender"/> (お知らせ, and e-mail when their 通知設定 ask for it). The id comes from the
/// resident, the account's version and the reason, so a retried run makes one notice.
/// </summary>
public sealed class BankDataChangeNotices(PortalNoticeSender sender)
{
    public const string Title = "登録口座が無効になりました";

    private const string WhatToDo = "このままでは給付金などを受け取れないことがあります。マイナポータルで公金受取口座を登録し直すか、"
        + "お取引の金融機関の窓口で手続きをしてください。";

    public Task TellAsync(PublicFundsAccount account, BankDataChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(change);
        var bank = change.KnownBank?.Name ?? $"金融機関コード{account.BankCode}";
        var branch = change.KnownBranch?.Name ?? $"支店コード{account.BranchCode}";
        var what = change.Reason switch
        {
            BankDataChangeReasons.BankGone =>
                $"金融機関の合併などにより、金融機関コード{account.BankCode}（{bank}）が全銀協の金融機関データに載らなくなりました。",
            BankDataChangeReasons.BranchGone =>
                $"店舗の統廃合や店番号の変更により、{bank}の支店コード{account.BranchCode}（{branch}）が全銀協の金融機関データに載らなくなりました。",
            _ => $"{bank}の支店コード{account.BranchCode}の支店名が「{branch}（{change.KnownBranch?.Kana}）」から"
                + $"「{change.CurrentBranch?.Name}（{change.CurrentBranch?.Kana}）」に変わりました。",
        };
        var body = $"登録されている公金受取口座（{bank} {branch} {AccountTypes.Labels.GetValueOrDefault(account.AccountType, account.AccountType)} "
            + $"{account.MaskedNumber}）が無効になりました。\n\n{what}\n\n{WhatToDo}";
        return sender.TellAsync(account.ResidentId,
            $"publicfundsaccount\n{account.ResidentId}\ninvalidated\n{account.UpdatedAt.UtcTicks}\n{change.Reason}", Title, body,
            "publicfundsaccount-invalidated", cancellationToken);
    }
}
