using Portal.Contracts.Identity;

namespace Bot.Core.Portal.Client;

/// <summary>
/// Sits inside the resilience pipeline, so every attempt of an OAuth call carries its own assertion: a retried request
/// with the one already used would be refused as a replay. The caller puts the form's fields and the end user on the
/// request's options; this handler writes the body.
/// </summary>
public sealed class ClientAssertionHandler(PortalClientCredentials credentials) : DelegatingHandler
{
    public static readonly HttpRequestOptionsKey<IReadOnlyList<KeyValuePair<string, string>>> Form = new("portal.oauth-form");

    public static readonly HttpRequestOptionsKey<string> EndUser = new("portal.end-user");

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Options.TryGetValue(Form, out var fields))
        {
            request.Content = new FormUrlEncodedContent([
                .. fields,
                new("client_id", credentials.ClientId),
                new("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"),
                new("client_assertion", credentials.NewAssertion()),
            ]);
            if (request.Options.TryGetValue(EndUser, out var conversationKey))
            {
                request.Headers.Remove(EndUserHeader.Name);
                request.Headers.Add(EndUserHeader.Name, credentials.EndUserHandle(conversationKey));
            }
        }
        return base.SendAsync(request, cancellationToken);
    }
}
