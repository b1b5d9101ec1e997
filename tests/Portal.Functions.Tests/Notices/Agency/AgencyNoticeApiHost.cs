using System.Net.Http.Headers;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Identity;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Identity.Tokens;
using Portal.Domain.Storage;
using Portal.Testing;
using Portal.Testing.Hosting;

namespace Portal.Functions.Tests.Notices.Agency;

/// <summary>
/// The local host with its own database, agency tokens minted by its own token service for registered agency clients,
/// and a count of the notices container's documents (a send must add exactly one).
/// </summary>
public class AgencyNoticeApiHost : IAsyncLifetime
{
    private readonly string _keys = Directory.CreateTempSubdirectory("notice-keys-").FullName;

    public PortalFactory Host { get; private set; } = null!;

    public IServiceProvider Services => Host.Services;

    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    public virtual async Task InitializeAsync()
    {
        Host = Start(await LocalStack.GetAsync(), null);
        await Task.CompletedTask;
    }

    /// <summary>A host over <paramref name="database"/> (another host's), or a database of its own when null.</summary>
    public PortalFactory Start(StackState stack, string? database)
    {
        var settings = new Dictionary<string, string?>(Settings)
        {
            ["Identity:Tokens:SigningKeyFolder"] = _keys,
            // Tests send many notices from one client in a minute; the per-minute limit has a test of its own elsewhere.
            ["RateLimits:SendAgencyNotice:ClientPermitLimit"] = "1000",
        };
        if (database is not null)
        {
            settings["Cosmos:Database"] = database;
        }
        return new PortalFactory(stack, settings);
    }

    public static async Task<string> AgencyTokenAsync(
        IServiceProvider services, string clientId, string name, AgencyBinding binding, params string[] scopes)
    {
        var repository = services.GetRequiredService<ClientRepository>();
        if (await repository.FindAsync(clientId, CancellationToken.None) is null)
        {
            await repository.CreateAsync(new RegisteredClient
            {
                Id = clientId,
                Name = name,
                Kind = ClientKinds.Agency,
                AllowedGrantTypes = [GrantTypes.ClientCredentials],
                AllowedScopes = [PortalScopes.AgencyProcedures, PortalScopes.AgencyApplications, PortalScopes.AgencyNotices],
                Agency = binding,
                CreatedAt = DateTimeOffset.UtcNow,
            }, CancellationToken.None);
        }
        var issued = await services.GetRequiredService<AccessTokenService>().IssueAsync(
            new AccessTokenClaims(clientId, clientId, scopes.Length > 0 ? scopes : [PortalScopes.AgencyNotices], binding));
        return issued.Token;
    }

    public Task<string> AgencyTokenAsync(string clientId, string name, AgencyBinding binding, params string[] scopes) =>
        AgencyTokenAsync(Services, clientId, name, binding, scopes);

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, object? body = null,
        string? idempotencyKey = null, string? ifMatch = null) =>
        SendAsync(Host, method, path, token, body, idempotencyKey, ifMatch);

    public static async Task<HttpResponseMessage> SendAsync(PortalFactory host, HttpMethod method, string path, string? token,
        object? body = null, string? idempotencyKey = null, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        if (body is not null)
        {
            request.Content = System.Net.Http.Json.JsonContent.Create(body,
                method == HttpMethod.Patch ? new MediaTypeHeaderValue("application/merge-patch+json") : null);
        }
        if (idempotencyKey is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        }
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }
        using var client = host.CreateClient();
        var response = await client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    /// <summary>Every document in <c>notices</c>, across partitions.</summary>
    public Task<int> CountNoticeDocumentsAsync() => CountNoticeDocumentsAsync(Services);

    /// <summary>Every document in <c>notices</c> of the host whose services these are, across partitions.</summary>
    public static async Task<int> CountNoticeDocumentsAsync(IServiceProvider services)
    {
        var container = services.GetRequiredService<PortalDatabase>().Container(PortalContainers.Notices);
        using var iterator = container.GetItemQueryIterator<Dictionary<string, object>>(new QueryDefinition("SELECT c.id FROM c"));
        var count = 0;
        while (iterator.HasMoreResults)
        {
            count += (await iterator.ReadNextAsync()).Count;
        }
        return count;
    }

    public virtual async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        Directory.Delete(_keys, recursive: true);
    }
}
