using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Portal.LocalHost;
using Portal.Testing;

namespace Bot.Core.Tests.Support;

/// <summary>The real portal (local host) in-process on the local stack, with a database of its own and pages of two.</summary>
public sealed class PortalApiFactory(StackState stack, string signingKeys) : WebApplicationFactory<LocalHostMarker>
{
    public const int PageSize = 2;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Cosmos:Endpoint", stack.Cosmos.Endpoint.ToString());
        builder.UseSetting("Cosmos:Key", stack.Cosmos.Key);
        builder.UseSetting("Cosmos:Database", $"portal-{Guid.NewGuid():N}");
        builder.UseSetting("Cosmos:CreateIfNotExists", "true");
        builder.UseSetting("Cosmos:RequestTimeout", "00:00:05");
        builder.UseSetting("AzureWebJobsStorage", stack.Storage.ConnectionString);
        builder.UseSetting("Smtp:Host", stack.Smtp.Host);
        builder.UseSetting("Smtp:Port", stack.Smtp.Port.ToString());
        builder.UseSetting("Smtp:UseStartTls", "false");
        builder.UseSetting("ApplicationEventsQueue", $"application-events-{Guid.NewGuid():N}");
        builder.UseSetting("Catalog:RefreshInterval", "00:00:01");
        builder.UseSetting("Catalog:PageSize", PageSize.ToString());
        builder.UseSetting("Identity:Tokens:SigningKeyFolder", signingKeys);
        // Submissions that need a signature create a sign card request.
        builder.UseSetting("Identity:CardRequests:Audience", "urn:bot-tests:card-requests");
    }
}
