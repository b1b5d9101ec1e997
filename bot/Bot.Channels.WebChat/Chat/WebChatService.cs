using Bot.Channels.WebChat.Streams;
using Bot.Core.Conversations;
using Bot.Core.Messages;
using Bot.Core.Privacy;
using Microsoft.Extensions.Options;

namespace Bot.Channels.WebChat.Chat;

/// <summary>
/// The web chat's two operations. A post is checked first (an individual number is refused here, before it is stored,
/// logged or seen by the conversation), then handed to the engine; only when the turn succeeded are the user's words and
/// the replies appended to the stream. A poll answers at once when there is something after the given number, otherwise
/// waits until something arrives or the timeout passes.
/// </summary>
public sealed class WebChatService(
    IConversationEngine engine, WebChatStream stream, WebChatSignals signals, IOptions<WebChatOptions> options,
    TimeProvider clock)
{
    private const int MaxLabelLength = 100;
    private const int MaxValues = 20;

    public async Task<WebChatEntries> PostAsync(string userId, WebChatPost post, CancellationToken cancellationToken)
    {
        Validate(post);
        var text = string.IsNullOrWhiteSpace(post.Text) ? null : post.Text.Trim();
        var action = string.IsNullOrWhiteSpace(post.Action) ? null : post.Action;
        var incoming = new IncomingMessage(new ChannelUser(Bot.Core.Messages.Channels.WebChat, userId), text, action, post.Values,
            Guid.NewGuid().ToString("N"), clock.GetUtcNow());
        var replies = await engine.HandleAsync(incoming, cancellationToken);

        var entries = new List<WebChatEntry>();
        var shown = text ?? (string.IsNullOrWhiteSpace(post.Label) ? null : post.Label.Trim());
        if (shown is not null)
        {
            entries.Add(await stream.AppendUserTextAsync(userId, shown, cancellationToken));
        }
        entries.AddRange(await stream.AppendBotMessagesAsync(userId, replies, cancellationToken));
        return new WebChatEntries(entries.Select(WebChatEntryView.Of).ToList());
    }

    public async Task<WebChatEntries> PollAsync(string userId, long after, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var deadline = clock.GetUtcNow() + settings.LongPollTimeout;
        while (true)
        {
            // Taken before reading, so an append between the read and the wait still wakes this poll.
            var appended = signals.NextAsync(userId);
            var entries = await stream.ReadAfterAsync(userId, Math.Max(after, 0), settings.MaxEntriesPerFetch, cancellationToken);
            var left = deadline - clock.GetUtcNow();
            if (entries.Count > 0 || left <= TimeSpan.Zero)
            {
                return new WebChatEntries(entries.Select(WebChatEntryView.Of).ToList());
            }
            var wait = left < settings.StorePollInterval ? left : settings.StorePollInterval;
            await Task.WhenAny(appended, Task.Delay(wait, clock, cancellationToken));
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    private void Validate(WebChatPost post)
    {
        if (string.IsNullOrWhiteSpace(post.Text) && string.IsNullOrWhiteSpace(post.Action))
        {
            throw Refused(400, "メッセージが空です", "メッセージを入力してから送信してください。");
        }
        if (post.Text is { } text && text.Length > options.Value.MaxTextLength)
        {
            throw Refused(400, "メッセージが長すぎます", $"メッセージは{options.Value.MaxTextLength}文字以内で入力してください。");
        }
        if (post.Action is { Length: > Choice.MaxActionLength } || post.Label is { Length: > MaxLabelLength }
            || post.Values is { Count: > MaxValues } || post.Values?.Any(v => v.Key.Length > MaxLabelLength || v.Value.Length > options.Value.MaxTextLength) == true)
        {
            throw Refused(400, "送信内容が正しくありません", "画面を読み込み直してから、もう一度お試しください。");
        }
        if (IndividualNumberDetector.Contains(post.Text) || IndividualNumberDetector.Contains(post.Label)
            || IndividualNumberDetector.ContainsAny(post.Values))
        {
            throw Refused(422, "個人番号は送信できません",
                "個人番号（マイナンバー）と思われる数字が含まれていたため、送信しませんでした。このチャットでは個人番号を入力しないでください。");
        }
    }

    private static WebChatRequestException Refused(int status, string title, string detail) => new(status, title, detail);
}
