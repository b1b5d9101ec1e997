using DemoSite;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DemoSite.Tests;

/// <summary>The demo site as run.sh starts it, configured as run.sh configures it (issuer, client id, key file).</summary>
public sealed class DemoSiteFactory(string issuer, string clientId, string clientKeyFile) : WebApplicationFactory<DemoSiteMarker>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("DemoSite:Portal:Issuer", issuer);
        builder.UseSetting("DemoSite:ClientId", clientId);
        builder.UseSetting("DemoSite:ClientKeyFile", clientKeyFile);
    }
}
