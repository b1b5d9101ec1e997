using Portal.Functions.Tests.Accounts;
using Portal.Functions.Tests.Identity;

namespace Portal.Functions.Tests.Information;

/// <summary>One host for the わたしの情報 tests; they register many residents from one address, so limits are off (tested elsewhere).</summary>
public sealed class InformationFixture : IAsyncLifetime
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
