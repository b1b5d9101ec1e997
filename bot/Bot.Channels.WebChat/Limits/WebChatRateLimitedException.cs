namespace Bot.Channels.WebChat.Limits;

/// <summary>A web chat request over a limit, refused before it reached the conversation: answered 429 with <c>Retry-After</c>.</summary>
public sealed class WebChatRateLimitedException(WebChatLimit limit, TimeSpan retryAfter)
    : Exception($"Web chat limit {limit} exceeded; retry after {retryAfter}.")
{
    public WebChatLimit Limit { get; } = limit;

    public TimeSpan RetryAfter { get; } = retryAfter;

    /// <summary>Whole seconds, at least 1 (RFC 9110 §10.2.3 delay-seconds).</summary>
    public int RetryAfterSeconds => Math.Max(1, (int)Math.Ceiling(RetryAfter.TotalSeconds));
}
