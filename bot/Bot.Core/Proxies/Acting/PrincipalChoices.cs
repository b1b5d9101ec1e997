using Bot.Core.Conversations;
using Bot.Core.Messages;
using Portal.Contracts.Proxies;

namespace Bot.Core.Proxies.Acting;

/// <summary>
/// The principals the resident may act for now (active delegations as proxy), numbered in the portal's order: the
/// chat calls them 委任者1, 委任者2, …, never by name.
/// </summary>
public static class PrincipalChoices
{
    public const string Active = "active";

    public static IReadOnlyList<(DelegationView Delegation, string Label)> Of(DelegationList principals) =>
        [.. principals.Items.Where(d => d.Role == "proxy" && d.State == Active).Select((d, i) => (d, ActingTexts.Label(i + 1)))];

    /// <summary>どなたの手続きをしますか with 自分 and one button per principal; null when the resident is nobody's proxy.</summary>
    public static ChoicesMessage? Question(DelegationList principals)
    {
        var active = Of(principals);
        if (active.Count == 0)
        {
            return null;
        }
        var text = ActingTexts.Question([.. active.Select(p => (p.Label, p.Delegation.Services, p.Delegation.ValidUntil))]);
        return new ChoicesMessage(text,
        [
            Replies.Choice("自分", ActingActions.Self),
            .. active.Take(ChoicesMessage.MaxChoices - 1).Select(p => Replies.Choice(p.Label, ActingActions.Choose(p.Delegation.Id))),
        ]);
    }
}
