namespace Portal.Contracts.Notices.Agency;

/// <summary>Pushes: accounts handed to the chatbot, and the chats it told per channel or failed to (as it reported).</summary>
public sealed record NoticeChatFiguresView(int Queued, int Line, int Teams, int WebChat, int Failed);
