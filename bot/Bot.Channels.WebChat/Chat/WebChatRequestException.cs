namespace Bot.Channels.WebChat.Chat;

/// <summary>A message the web chat refuses before anything is stored; the edge answers problem+json with these words.</summary>
public sealed class WebChatRequestException(int status, string title, string detail) : Exception(title)
{
    public int Status { get; } = status;

    public string Title { get; } = title;

    public string Detail { get; } = detail;
}
