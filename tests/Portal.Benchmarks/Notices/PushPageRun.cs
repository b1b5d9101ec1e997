namespace Portal.Benchmarks.Notices;

/// <summary>What <see cref="PushPageDrainer"/> did with the chatbot's queue.</summary>
/// <param name="Pages">Messages handled and deleted.</param>
/// <param name="FailedAttempts">Attempts that threw and were handed back to the queue (as the host retries them).</param>
/// <param name="Poisoned">Messages given up on after <see cref="PushPageDrainer.MaxDequeueCount"/> attempts.</param>
/// <param name="PageMilliseconds">Per page handled: the router's call (resolving the page's accounts to chats, waiting
/// for the multicast budget, the multicasts and the report), without receive and delete.</param>
public sealed record PushPageRun(int Pages, int FailedAttempts, int Poisoned, IReadOnlyList<double> PageMilliseconds);
