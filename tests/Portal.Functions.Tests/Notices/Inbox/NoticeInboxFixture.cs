using Portal.Functions.Tests.Accounts;
using Portal.Functions.Tests.Identity;

namespace Portal.Functions.Tests.Notices.Inbox;

/// <summary>
/// One host for the inbox tests. They register dozens of residents over HTTP from one address, which the
/// registration's per-address limit would refuse: limits are tested elsewhere, so they are off here.
/// </summary>
public sealed class NoticeInboxFixture : IAsyncLifetime
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
