namespace Bot.Core.Notices;

/// <summary>What one page's push did, in counts (what the logs carry: never an account or a channel user id).</summary>
/// <param name="Accounts">Distinct accounts on the page.</param>
/// <param name="Unlinked">Accounts without any chat to push to (never used the bot, or no longer logged in there).</param>
/// <param name="Filtered">Chats the recipient filter held back (quiet hours, preferences).</param>
/// <param name="Multicast">Chats reached by multicast (LINE), in <paramref name="MulticastCalls"/> calls.</param>
/// <param name="Proactive">Chats reached one by one (Teams, web chat).</param>
/// <param name="Failed">Chats a one-by-one send failed for, or whose channel this host cannot send on.</param>
/// <param name="Line">Chats told on LINE (by multicast or one by one), <paramref name="Teams"/> on Teams and
/// <paramref name="WebChat"/> in the web chat: the same chats as Multicast and Proactive, by channel.</param>
public sealed record NoticePushOutcome(
    int Accounts, int Unlinked, int Filtered, int Multicast, int MulticastCalls, int Proactive, int Failed, int Line = 0, int Teams = 0,
    int WebChat = 0);
