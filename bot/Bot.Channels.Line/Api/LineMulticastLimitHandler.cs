namespace Bot.Channels.Line.Api;

/// <summary>
/// Holds each multicast attempt until <see cref="LineMulticastBudget"/> gives a token. It sits inside the retry
/// handler, so a retried attempt waits for a token too, and outside the attempt's timeout, so the wait is not counted
/// as the request's time; other calls (reply, push) have limits of their own and pass.
/// </summary>
public sealed class LineMulticastLimitHandler(LineMulticastBudget budget) : DelegatingHandler
{
    /// <summary>Set by <see cref="LineMessagingClient.MulticastAsync"/> on its requests.</summary>
    public static readonly HttpRequestOptionsKey<bool> Multicast = new("line-multicast");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!request.Options.TryGetValue(Multicast, out var multicast) || !multicast)
        {
            return await base.SendAsync(request, cancellationToken);
        }
        using var lease = await budget.AcquireAsync(cancellationToken);
        return await base.SendAsync(request, cancellationToken);
    }
}
