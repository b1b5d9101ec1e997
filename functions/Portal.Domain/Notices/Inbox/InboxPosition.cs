using System.Buffers.Text;
using System.Text.Json;
using Portal.Domain.Errors;

namespace Portal.Domain.Notices.Inbox;

/// <summary>
/// Where a page of the inbox ended, handed out as the opaque continuation: the publishing time of the last notice
/// looked at and the ids looked at with exactly that time. The next page reads from that time on and skips those ids,
/// so every notice comes once however many share a time, and (unlike the store's token) a position stays valid
/// whatever is filtered out in memory (segments, unread), since it names notices, not a place in one query's results.
/// </summary>
public sealed record InboxPosition(DateTimeOffset PublishAt, IReadOnlyList<string> SeenAtThatTime)
{
    private const int MaxTokenLength = 4096;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Whether <paramref name="notice"/> was already looked at on an earlier page.</summary>
    public bool Passed(Notice notice) => notice.PublishAt > PublishAt
        || (notice.PublishAt == PublishAt && SeenAtThatTime.Contains(notice.Id, StringComparer.Ordinal));

    /// <summary>The position after <paramref name="notice"/>, coming from this one (null: from the newest).</summary>
    public static InboxPosition After(InboxPosition? previous, Notice notice) =>
        previous is not null && previous.PublishAt == notice.PublishAt
            ? previous with { SeenAtThatTime = [.. previous.SeenAtThatTime, notice.Id] }
            : new InboxPosition(notice.PublishAt, [notice.Id]);

    public string Encode() => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new Token(PublishAt, SeenAtThatTime), Json));

    /// <exception cref="InvalidContinuationException">Not a token this class handed out.</exception>
    public static InboxPosition? Decode(string? token)
    {
        if (token is null)
        {
            return null;
        }
        try
        {
            var parsed = token.Length <= MaxTokenLength && Base64Url.IsValid(token)
                ? JsonSerializer.Deserialize<Token>(Base64Url.DecodeFromChars(token), Json)
                : null;
            return parsed is { Seen: { Count: > 0 } seen } && seen.All(NoticeIdentifiers.Notice.Matches)
                ? new InboxPosition(parsed.At.ToUniversalTime(), seen)
                : throw new InvalidContinuationException();
        }
        catch (JsonException e)
        {
            throw new InvalidContinuationException(e);
        }
    }

    private sealed record Token(DateTimeOffset At, IReadOnlyList<string> Seen);
}
