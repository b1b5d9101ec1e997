using System.Net;

namespace Bot.Operator.Line;

/// <summary>The Messaging API refused a call: its status, its own message (English, from its JSON body) and Retry-After.</summary>
public sealed class LineApiException(string operation, HttpStatusCode status, string? lineMessage, TimeSpan? retryAfter)
    : Exception($"{operation}: HTTP {(int)status} {lineMessage}")
{
    public string Operation { get; } = operation;

    public HttpStatusCode Status { get; } = status;

    public string? LineMessage { get; } = lineMessage;

    public TimeSpan? RetryAfter { get; } = retryAfter;
}
