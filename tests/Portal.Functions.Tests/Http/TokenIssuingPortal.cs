using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Identity.Tokens;
using Portal.Testing;
using Portal.Testing.Hosting;

namespace Portal.Functions.Tests.Http;

/// <summary>
/// The portal with token-signing keys of its own (a temporary folder) and nothing seeded: for the sweeps over every
/// operation, which only need to present tokens of each kind and see what is refused.
/// </summary>
public sealed class TokenIssuingPortal : IAsyncLifetime
{
    private readonly string _keys = Directory.CreateTempSubdirectory("portal-keys-").FullName;

    public PortalFactory Host { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = new PortalFactory(await LocalStack.GetAsync(), new Dictionary<string, string?> { ["Identity:Tokens:SigningKeyFolder"] = _keys });
        Client = Host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        Directory.Delete(_keys, recursive: true);
    }

    public async Task<string> TokenAsync(AccessTokenClaims claims) =>
        (await Host.Services.GetRequiredService<AccessTokenService>().IssueAsync(claims)).Token;

    /// <summary>A resident's token with a stored login, as the per-request check wants it.</summary>
    public Task<string> ResidentTokenAsync(string accountId, string clientId, params string[] scopes) =>
        ResidentTokens.IssueAsync(Host.Services, accountId, clientId, scopes);
}
