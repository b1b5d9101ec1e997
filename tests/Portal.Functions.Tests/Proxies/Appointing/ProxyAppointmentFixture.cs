using Portal.Functions.Tests.Accounts;
using Portal.Functions.Tests.Identity;

namespace Portal.Functions.Tests.Proxies.Appointing;

/// <summary>One host for the delegation tests; each registers two or three residents from one address, so limits are off (tested elsewhere).</summary>
public sealed class ProxyAppointmentFixture : IAsyncLifetime
{
    public IdentityPki Pki { get; } = new();

    public AccountsApi Api { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Api = await AccountsApi.StartAsync(Pki, new Dictionary<string, string?> { ["RateLimits:Enabled"] = "false" });

    public async Task DisposeAsync()
    {
        await Api.DisposeAsync();
        Pki.Dispose();
    }
}
