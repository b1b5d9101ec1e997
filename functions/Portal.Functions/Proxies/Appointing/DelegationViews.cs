using System.Globalization;
using Portal.Contracts.Proxies;
using Portal.Domain.Proxies;
using Portal.Domain.Proxies.Appointing;

namespace Portal.Functions.Proxies.Appointing;

internal static class DelegationViews
{
    public static DelegationView View(Delegation d, string role) => new(
        d.Id, role, d.Direction, OtherName(d, role), d.Kind, d.LegalBasis, d.Services, d.InformationCategories,
        Day(JapanDays.DayOf(d.ValidFrom)), Day(JapanDays.LastDayBefore(d.ValidUntil)), d.State, d.CreatedAt, d.AcceptedAt, d.EndedAt,
        EndReason(d.DeclineReason));

    /// <summary>The other party's name: from their card once known, as named while it waits for their card.</summary>
    private static string OtherName(Delegation d, string role) =>
        (role == DelegationRoles.Principal ? d.ProxyName : d.PrincipalName) ?? d.Invited.Name;

    /// <summary>Never whose card answered: only that it was not the named person's.</summary>
    private static string? EndReason(string? reason) => reason switch
    {
        DeclineReasons.IdentityNotConfirmed => "本人確認ができませんでした。指定した方ご本人のマイナンバーカードで承認してください。",
        DeclineReasons.Expired => "期限までに相手のマイナンバーカードで承認されませんでした。",
        null => null,
        _ => "代理人の設定は成立しませんでした。",
    };

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
