using Portal.LocalHost;
using Portal.Testing.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Portal.Testing;

namespace Portal.Functions.Tests.Identity;

/// <summary>
/// The local host configured for card requests (anchors and CRLs from a cardtool CA folder) with a clock the test
/// moves. <see cref="Root"/> keeps the logs; <see cref="Factory"/> is the same host with the clock swapped in.
/// </summary>
public sealed class IdentityHost : IAsyncDisposable
{
    /// <summary>The origin of the test server's links, which every challenge names (the issuer's origin).</summary>
    public const string Audience = "http://localhost";

    private IdentityHost(PortalFactory root, WebApplicationFactory<LocalHostMarker> factory)
    {
        Root = root;
        Factory = factory;
    }

    public PortalFactory Root { get; }

    public WebApplicationFactory<LocalHostMarker> Factory { get; }

    public IServiceProvider Services => Factory.Services;

    /// <param name="settings">More configuration (token keys, registered clients), over the identity basics.</param>
    public static async Task<IdentityHost> StartAsync(
        string caFolder, string crlFolder, TimeProvider clock, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Identity:TrustAnchors:Folder"] = caFolder,
            ["Identity:Crl:Folder"] = crlFolder,
            ["Identity:Tokens:Issuer"] = $"{Audience}/api",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }
        var root = new PortalFactory(await LocalStack.GetAsync(), settings: all);
        var factory = root.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton(clock)));
        return new IdentityHost(root, factory);
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Root.DisposeAsync();
    }
}
