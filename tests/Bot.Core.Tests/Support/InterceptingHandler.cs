namespace Bot.Core.Tests.Support;

/// <summary>
/// The bot's way to the portal in tests: passes requests to the in-process portal unless <see cref="Intercept"/> answers
/// (a 500, a gate that holds a request), and counts what went by.
/// </summary>
public sealed class InterceptingHandler(HttpMessageHandler portal) : DelegatingHandler(portal)
{
    private int _requests;

    public Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage?>>? Intercept { get; set; }

    public int Requests => _requests;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _requests);
        if (Intercept is { } intercept && await intercept(request, cancellationToken) is { } answer)
        {
            return answer;
        }
        return await base.SendAsync(request, cancellationToken);
    }
}
