using Portal.Functions.Tests.Identity;

namespace Portal.Functions.Tests.Accounts;

/// <summary>One host (and test JPKI) per test class; every test signs in its own residents and issues its own tokens.</summary>
public sealed class AccountsApiFixture : IAsyncLifetime
{
    public IdentityPki Pki { get; } = new();

    public AccountsApi Api { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Api = await AccountsApi.StartAsync(Pki);
        await OAuthTestClients.SeedAsync(Api.Host.Services, OAuthTestClients.Chatbot());
    }

    public async Task DisposeAsync()
    {
        await Api.DisposeAsync();
        Pki.Dispose();
    }
}
