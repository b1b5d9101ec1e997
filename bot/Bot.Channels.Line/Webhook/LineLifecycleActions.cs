namespace Bot.Channels.Line.Webhook;

/// <summary>
/// The <see cref="Bot.Core.Messages.IncomingMessage.Action"/> a follow (friend added / unblocked) or an unfollow
/// (blocked) event arrives as, so the engine can greet or forget. Replies to an unfollow are dropped: there is no
/// reply token and the user cannot receive pushes.
/// </summary>
public static class LineLifecycleActions
{
    public const string Follow = "follow";

    public const string Unfollow = "unfollow";
}
