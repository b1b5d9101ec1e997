using Microsoft.Identity.Client;

namespace Bot.Channels.Teams.Connector;

/// <summary>MSAL's HTTP through <see cref="IHttpClientFactory"/>, so handlers (and tests' certificates) apply to it.</summary>
public sealed class MsalHttpClientFactory(IHttpClientFactory factory) : IMsalHttpClientFactory
{
    public const string ClientName = "Bot.Channels.Teams.Msal";

    public HttpClient GetHttpClient() => factory.CreateClient(ClientName);
}
