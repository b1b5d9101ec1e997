namespace Bot.Functions.Tests.Transcripts;

/// <summary>
/// One resident on one channel, as the transcripts talk: say text, press what the bot offered (by its label), and
/// read the replies — of the turn, or later ones the bot sends by itself. Each channel speaks its own wire protocol
/// underneath (<see cref="LineResident"/>, <see cref="TeamsResident"/>, <see cref="WebChatResident"/>).
/// </summary>
public abstract class ChatResident(string channel, Transcript transcript)
{
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    private readonly List<ChatMessage> _seen = [];

    public string Channel { get; } = channel;

    /// <summary>Where the conversation is written down; a resident shared by several tests gets each test's own.</summary>
    public Transcript Transcript { get; set; } = transcript;

    /// <summary>Everything the bot said to this resident so far, oldest first.</summary>
    public IReadOnlyList<ChatMessage> Seen => _seen;

    public async Task<IReadOnlyList<ChatMessage>> SayAsync(string text)
    {
        Transcript.Resident(Channel, text);
        return Heard(await SendTextAsync(text));
    }

    /// <summary>Presses the latest choice or card button with this label (a link is opened, not pressed).</summary>
    public async Task<IReadOnlyList<ChatMessage>> PressAsync(string label)
    {
        var choice = _seen.AsEnumerable().Reverse()
            .SelectMany(m => m.Choices.Concat(m.Cards.SelectMany(c => c.Buttons)))
            .FirstOrDefault(c => c.Label == label && c.Action is not null)
            ?? throw new InvalidOperationException($"Nothing labelled 「{label}」 to press.");
        return await PressAsync(choice);
    }

    public async Task<IReadOnlyList<ChatMessage>> PressAsync(ChatChoice choice)
    {
        Transcript.Resident(Channel, $"［{choice.Label}］");
        return Heard(await SendActionAsync(choice.Action!, choice.Label));
    }

    /// <summary>Reads what the bot sends by itself until a message matches; returns what arrived meanwhile.</summary>
    public async Task<IReadOnlyList<ChatMessage>> WaitForAsync(Func<ChatMessage, bool> matching, TimeSpan? timeout = null, string? what = null)
    {
        var deadline = DateTimeOffset.UtcNow + (timeout ?? Wait);
        List<ChatMessage> arrived = [];
        while (DateTimeOffset.UtcNow < deadline)
        {
            var batch = Heard(await ReadLaterAsync(deadline - DateTimeOffset.UtcNow));
            arrived.AddRange(batch);
            if (arrived.Any(matching))
            {
                return arrived;
            }
        }
        Transcript.Note($"waited {(timeout ?? Wait).TotalSeconds:0}s for {what ?? "a message"}: nothing matching arrived");
        throw new TimeoutException($"{Channel}: nothing matching {what ?? "the condition"} arrived.");
    }

    public Task<IReadOnlyList<ChatMessage>> WaitForTextAsync(string part, TimeSpan? timeout = null) =>
        WaitForAsync(m => m.Says(part), timeout, $"「{part}」");

    protected abstract Task<IReadOnlyList<ChatMessage>> SendTextAsync(string text);

    protected abstract Task<IReadOnlyList<ChatMessage>> SendActionAsync(string action, string label);

    /// <summary>Messages the bot sent since the last read (waiting up to <paramref name="wait"/> for some).</summary>
    protected abstract Task<IReadOnlyList<ChatMessage>> ReadLaterAsync(TimeSpan wait);

    private IReadOnlyList<ChatMessage> Heard(IReadOnlyList<ChatMessage> messages)
    {
        Transcript.Bot(Channel, messages);
        _seen.AddRange(messages);
        return messages;
    }
}
