using System.Net;
using System.Net.Sockets;
using Azure;
using Microsoft.Azure.Cosmos;

namespace Portal.Domain.Storage;

/// <summary>Tells a dead or overloaded backing service apart from a bug, so callers answer 503 rather than 500.</summary>
public static class StorageFailures
{
    public static bool IsUnavailable(Exception exception) => exception switch
    {
        CosmosException { StatusCode: HttpStatusCode.ServiceUnavailable or HttpStatusCode.RequestTimeout
            or HttpStatusCode.TooManyRequests or HttpStatusCode.Gone } => true,
        // The SDK's own request timeout (Cosmos:RequestTimeout), not the caller's cancellation: an overloaded service.
        CosmosOperationCanceledException => true,
        RequestFailedException { Status: 0 or 408 or 429 or 500 or 503 } => true,
        HttpRequestException or SocketException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsUnavailable),
        _ => exception.InnerException is { } inner && IsUnavailable(inner),
    };
}
