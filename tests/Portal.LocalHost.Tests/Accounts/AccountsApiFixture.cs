using Portal.LocalHost.Tests.Identity;

namespace Portal.LocalHost.Tests.Accounts;

/// <summary>One host (and test JPKI) per test class; every test signs in its own residents and issues its own tokens.</summary>
public sealed class AccountsApiFixture : IAsyncLifetime
{
    public IdentityPki Pki { get; } = new();

    public AccountsApi Api { get; private set; } = null!;

    public async Task InitializeAsync() => Api = await AccountsApi.StartAsync(Pki, new Dictionary<string, string?>
    {
        ["Identity:Clients:0:ClientId"] = "chatbot",
        ["Identity:Clients:0:Name"] = "マイナポータル チャットボット",
        ["Identity:Clients:0:AllowedGrantTypes:0"] = "urn:ietf:params:oauth:grant-type:device_code",
        ["Identity:Clients:0:AllowedScopes:0"] = "openid",
        ["Identity:Clients:0:AllowedScopes:1"] = "portal",
    });

    public async Task DisposeAsync()
    {
        await Api.DisposeAsync();
        Pki.Dispose();
    }
}
