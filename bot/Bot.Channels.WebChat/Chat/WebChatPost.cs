namespace Bot.Channels.WebChat.Chat;

/// <summary>
/// What the page posts: typed <paramref name="Text"/>, or the <paramref name="Action"/> of a button (with any
/// <paramref name="Values"/>) and its <paramref name="Label"/>, which is only shown in the stream as what the user chose.
/// </summary>
public sealed record WebChatPost(string? Text, string? Action, IReadOnlyDictionary<string, string>? Values, string? Label);
