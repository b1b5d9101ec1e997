namespace Portal.Contracts.Notices.Events;

/// <summary>
/// What the chatbot did with one <see cref="NoticePushPage"/>, sent back to the portal on its own queue (app setting
/// <see cref="QueueSetting"/>) for the sending agency's delivery figures. Counts only: no account or channel user ids.
/// A page pushed again (redelivered) is reported again under the same <see cref="PageId"/> and replaces the first report.
/// </summary>
/// <param name="Line">Chats told on LINE (by multicast).</param>
/// <param name="Teams">Chats told on Microsoft Teams.</param>
/// <param name="WebChat">Chats told in the web chat.</param>
/// <param name="Failed">Chats a send failed for (or on a channel this bot cannot send on).</param>
/// <param name="Unlinked">Accounts of the page without any chat to tell.</param>
public sealed record NoticePushReport(
    string PageId, string NoticeId, int Accounts, int Line, int Teams, int WebChat, int Failed, int Unlinked, DateTimeOffset At)
{
    /// <summary>The app setting naming the queue, read by the bot (to send) and the portal's trigger (to record).</summary>
    public const string QueueSetting = "NoticePushReportsQueue";

    public const string DefaultQueueName = "notice-push-reports";
}
