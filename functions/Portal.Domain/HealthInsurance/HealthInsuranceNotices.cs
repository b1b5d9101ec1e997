using Portal.Domain.Notices.Personal;

namespace Portal.Domain.HealthInsurance;

/// <summary>
/// Confirms each 利用登録 and 解除 with a personal notice (and e-mail when the resident's 通知設定 ask for it), so a
/// registration the resident did not make is seen. The id comes from the resident, the event and the time, so telling
/// twice makes one notice.
/// </summary>
public sealed class HealthInsuranceNotices(PortalNoticeSender sender)
{
    private const string Warning = "この操作に心当たりがない場合は、操作履歴を確認し、お問い合わせ窓口にご連絡ください。";

    public Task TellAsync(string residentId, HealthInsuranceEvent what, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var (title, body) = what switch
        {
            HealthInsuranceEvent.Registered => ("マイナンバーカードの健康保険証利用登録が完了しました",
                "マイナンバーカードを健康保険証として利用する登録が完了しました。\n\n医療機関・薬局の受付で、カードと暗証番号（または顔認証）で保険資格を確認できます。\n" + Warning),
            _ => ("マイナンバーカードの健康保険証利用登録を解除しました",
                "マイナンバーカードの健康保険証利用登録を解除しました。\n\n医療機関・薬局では、資格確認書をご利用ください。\n" + Warning),
        };
        return sender.TellAsync(residentId, $"healthinsurance\n{residentId}\n{what}\n{at.UtcTicks}", title, body,
            "healthinsurance-" + what.ToString().ToLowerInvariant(), cancellationToken);
    }
}
