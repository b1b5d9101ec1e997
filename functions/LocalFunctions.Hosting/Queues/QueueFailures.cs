using System.Net.Sockets;
using Azure;

namespace LocalFunctions.Hosting.Queues;

/// <summary>Tells an unreachable or overloaded queue service apart from a bug, to log a warning rather than an error.</summary>
public static class QueueFailures
{
    public static bool IsUnavailable(Exception exception) => exception switch
    {
        RequestFailedException { Status: 0 or 408 or 429 or 500 or 503 } => true,
        HttpRequestException or SocketException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsUnavailable),
        _ => exception.InnerException is { } inner && IsUnavailable(inner),
    };
}
