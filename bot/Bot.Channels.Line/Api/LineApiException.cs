using System.Net;

namespace Bot.Channels.Line.Api;

/// <summary>
/// The Messaging API refused a call after any retries. Carries the status only: LINE's error bodies may echo what
/// was sent, and logs carry no message text.
/// </summary>
public sealed class LineApiException(string operation, HttpStatusCode status)
    : Exception($"LINE {operation} failed with {(int)status} {status}.")
{
    public HttpStatusCode Status { get; } = status;
}
