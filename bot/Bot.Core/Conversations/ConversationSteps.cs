namespace Bot.Core.Conversations;

/// <summary>The steps of <see cref="ConversationState.Step"/>: they decide what typed text means.</summary>
public static class ConversationSteps
{
    /// <summary>Nothing asked: typed text is answered with the menu.</summary>
    public const string Idle = "idle";

    /// <summary>さがす asked for the local government's name or reading.</summary>
    public const string SearchLocalGovernment = "search.localGovernment";

    /// <summary>さがす asked for a keyword (or a category or life event by button).</summary>
    public const string SearchKeyword = "search.keyword";

    /// <summary>A form is open: typed text answers its question (see <see cref="ConversationState.Form"/>).</summary>
    public const string Form = "form";

    /// <summary>わたしの情報 asked for the 確認対象日 or a period (see <see cref="ConversationState.Information"/>).</summary>
    public const string InformationDate = "information.date";

    /// <summary>やりとり履歴 asked for the period (過去1年間 by a button, or typed).</summary>
    public const string ExchangesPeriod = "exchanges.period";

    /// <summary>代理人を指定する / 代理人になる asked for a name, a date of birth or the last day (see <see cref="ConversationState.ProxyAppointment"/>).</summary>
    public const string ProxyAppointment = "proxies.appointment";
}
