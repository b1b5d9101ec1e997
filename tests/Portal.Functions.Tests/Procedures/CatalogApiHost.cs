using Portal.Testing.Hosting;
using Portal.Testing.Procedures;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Identity;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Identity.Tokens;
using Portal.Domain.Procedures.Serving;
using Portal.Domain.Procedures.Storage;
using Portal.Testing;

namespace Portal.Functions.Tests.Procedures;

/// <summary>
/// The local host with <see cref="SmallCatalog"/> seeded into its own database, a short refresh interval and small
/// pages, and agency tokens minted by its own token service for registered agency clients.
/// </summary>
public sealed class CatalogApiHost : IAsyncLifetime
{
    public const string PageSize = "2";

    private readonly string _keys = Directory.CreateTempSubdirectory("catalog-keys-").FullName;

    public PortalFactory Host { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public IServiceProvider Services => Host.Services;

    public async Task InitializeAsync()
    {
        Host = new PortalFactory(await LocalStack.GetAsync(), settings: new Dictionary<string, string?>
        {
            ["Catalog:RefreshInterval"] = "00:00:00.200",
            ["Catalog:PageSize"] = PageSize,
            ["Identity:Tokens:SigningKeyFolder"] = _keys,
        });
        Client = Host.CreateClient();
        await Services.SeedCatalogAsync(SmallCatalog.Templates, SmallCatalog.Sets);
    }

    /// <summary>A registered agency client bound to <paramref name="binding"/>, and a token for it.</summary>
    public async Task<string> AgencyTokenAsync(string clientId, string name, AgencyBinding binding, params string[] scopes)
    {
        var repository = Services.GetRequiredService<ClientRepository>();
        if (await repository.FindAsync(clientId, CancellationToken.None) is null)
        {
            await repository.CreateAsync(new RegisteredClient
            {
                Id = clientId,
                Name = name,
                Kind = ClientKinds.Agency,
                AllowedGrantTypes = [GrantTypes.ClientCredentials],
                AllowedScopes = [PortalScopes.AgencyProcedures, PortalScopes.AgencyApplications],
                Agency = binding,
                CreatedAt = DateTimeOffset.UtcNow,
            }, CancellationToken.None);
        }
        var issued = await Services.GetRequiredService<AccessTokenService>().IssueAsync(
            new AccessTokenClaims(clientId, clientId, scopes.Length > 0 ? scopes : [PortalScopes.AgencyProcedures], binding));
        return issued.Token;
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, object? body = null, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        if (body is not null)
        {
            request.Content = System.Net.Http.Json.JsonContent.Create(body);
        }
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }
        var response = await Client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        Directory.Delete(_keys, recursive: true);
    }
}
