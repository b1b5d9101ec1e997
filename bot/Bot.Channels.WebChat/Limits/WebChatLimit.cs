namespace Bot.Channels.WebChat.Limits;

/// <summary>Which web chat limit refused a request: the only thing about a refusal that is logged.</summary>
public enum WebChatLimit
{
    UserPosts,
    AddressPosts,
    AddressNewUsers,
    UserConcurrentPolls,
}
