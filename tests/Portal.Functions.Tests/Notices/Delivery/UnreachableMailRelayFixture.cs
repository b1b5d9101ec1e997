using System.Net;
using System.Net.Sockets;
using Portal.Functions.Tests.Accounts;
using Portal.Functions.Tests.Identity;

namespace Portal.Functions.Tests.Notices.Delivery;

/// <summary>
/// A host whose SMTP relay refuses every connection (a port nothing listens on), so each e-mail fails every attempt
/// and the outbox gives up on it: the real queue host's retries and poison queue, no fake sender. Limits off, daytime
/// in Japan (quiet hours would hold the e-mails).
/// </summary>
public sealed class UnreachableMailRelayFixture : IAsyncLifetime
{
    public IdentityPki Pki { get; } = new();

    public AccountsApi Api { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Api = await AccountsApi.StartAsync(Pki, new Dictionary<string, string?>
        {
            ["RateLimits:Enabled"] = "false",
            ["Smtp:Port"] = ClosedPort().ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        var now = Api.Clock.Now.ToOffset(TimeSpan.FromHours(9));
        Api.Clock.Now = new DateTimeOffset(now.Date, now.Offset).AddDays(1).AddHours(12);
    }

    public async Task DisposeAsync()
    {
        await Api.DisposeAsync();
        Pki.Dispose();
    }

    /// <summary>A port the system just gave out and took back: nothing listens there.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
