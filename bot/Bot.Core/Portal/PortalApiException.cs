using System.Net;

namespace Bot.Core.Portal;

/// <summary>The portal answered an error (after the resilience pipeline's retries). Never carries the query.</summary>
public sealed class PortalApiException(HttpStatusCode statusCode, string operation)
    : Exception($"The portal answered {(int)statusCode} to {operation}.")
{
    public HttpStatusCode StatusCode { get; } = statusCode;
}
