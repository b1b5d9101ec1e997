using Bot.Channels.Teams.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace Bot.Channels.Teams.Connector;

/// <summary>
/// Client-credentials tokens from the Microsoft identity platform with MSAL; the application (and so its in-memory
/// token cache) lives as long as this singleton, so a token is fetched again only near its expiry. The authority is
/// configuration, with instance discovery off, so tests point it at a local token endpoint; MSAL's HTTP goes through
/// <see cref="MsalHttpClientFactory"/> (the named client <see cref="MsalHttpClientFactory.ClientName"/>).
/// </summary>
public sealed class MsalConnectorTokenProvider : IConnectorTokenProvider
{
    private readonly IConfidentialClientApplication application;
    private readonly string[] scopes;

    public MsalConnectorTokenProvider(IOptions<TeamsOptions> options, IMsalHttpClientFactory httpClientFactory)
    {
        var settings = options.Value;
        scopes = [settings.Scope];
        application = ConfidentialClientApplicationBuilder.Create(settings.AppId)
            .WithClientSecret(settings.AppPassword)
            .WithAuthority(settings.Authority.AbsoluteUri, validateAuthority: false)
            .WithInstanceDiscovery(false)
            .WithHttpClientFactory(httpClientFactory)
            .Build();
    }

    public async Task<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        var result = await application.AcquireTokenForClient(scopes).ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }
}
