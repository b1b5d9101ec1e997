namespace Portal.Benchmarks.Notices;

/// <summary>What <see cref="PushPageDrainer"/> did with the chatbot's queue.</summary>
/// <param name="Pages">Messages handled and deleted.</param>
/// <param name="FailedAttempts">Attempts that threw and were handed back to the queue (as the host retries them).</param>
/// <param name="Poisoned">Messages given up on after <see cref="PushPageDrainer.MaxDequeueCount"/> attempts.</param>
/// <param name="PageMilliseconds">Per page handled: the router's call (resolving the page's accounts to chats, waiting
/// for the multicast budget, the multicasts and the report), without receive and delete.</param>
/// <param name="QueueWaitMilliseconds">Per page handled: from when the portal made it (<c>At</c>, wall clock) to its receipt.</param>
public sealed record PushPageRun(
    int Pages, int FailedAttempts, int Poisoned, IReadOnlyList<double> PageMilliseconds, IReadOnlyList<double> QueueWaitMilliseconds);
