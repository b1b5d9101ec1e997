using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Proxies;
using Portal.Domain.Proxies.Acting;
using Portal.Functions.Tests.Accounts;
using Portal.Functions.Tests.Identity;
using Portal.Testing;
using Portal.Testing.Procedures;

namespace Portal.Functions.Tests.Proxies.Acting;

/// <summary>
/// One host for acting as a proxy: registered residents, delegations stored directly (as appointing would leave them,
/// active or otherwise), a client registered for the token exchange and one that is not, the small catalog (for
/// drafts), and the steps a proxy takes to act (the delegation token, then the exchange). The host's clock is the test's.
/// </summary>
public sealed class ActingFixture : IAsyncLifetime
{
    /// <summary>The proxy's app: public (client id only), with the exchange.</summary>
    public const string ClientId = "proxy-app";

    /// <summary>A resident client without the exchange grant.</summary>
    public const string OtherClientId = "no-exchange-app";

    public IdentityPki Pki { get; } = new();

    public AccountsApi Api { get; private set; } = null!;

    public ManualClock Clock => Api.Clock;

    public async Task InitializeAsync()
    {
        Api = await AccountsApi.StartAsync(Pki, new Dictionary<string, string?> { ["RateLimits:Enabled"] = "false" });
        await OAuthTestClients.SeedAsync(Api.Host.Services,
            OAuthTestClients.Chatbot(ClientId) with { AllowedGrantTypes = [GrantTypes.DeviceCode, GrantTypes.TokenExchange] },
            OAuthTestClients.Chatbot(OtherClientId));
        await Api.Host.Services.SeedCatalogAsync(SmallCatalog.Templates, SmallCatalog.Sets);
    }

    public async Task DisposeAsync()
    {
        await Api.DisposeAsync();
        Pki.Dispose();
    }

    public T Service<T>() where T : notnull => Api.Host.Services.GetRequiredService<T>();

    /// <summary>A registered resident.</summary>
    public async Task<string> ResidentAsync() => (await Api.RegisteredAsync()).AccountId;

    /// <summary>The resident's own access token (with a login) through <paramref name="clientId"/>.</summary>
    public Task<string> OwnTokenAsync(string accountId, string clientId = ClientId) =>
        ResidentTokens.IssueAsync(Api.Host.Services, accountId, clientId, "openid", "portal");

    /// <summary>A delegation from <paramref name="principal"/> to <paramref name="proxy"/>, active for a year unless told otherwise.</summary>
    public async Task<Delegation> DelegationAsync(
        string principal, string proxy, IReadOnlyList<string> services, IReadOnlyList<string>? categories = null,
        string state = DelegationStates.Active, DateTimeOffset? from = null, DateTimeOffset? until = null)
    {
        var now = Clock.GetUtcNow();
        var id = Base64UrlId();
        var delegation = new Delegation
        {
            Id = id,
            ResidentId = Delegation.PartitionOf(id),
            Direction = DelegationDirections.PrincipalFirst,
            PrincipalId = principal,
            ProxyId = proxy,
            Invited = new NamedPerson("代理 一郎", new DateOnly(1980, 5, 5)),
            PrincipalName = "委任 花子",
            ProxyName = "代理 一郎",
            Kind = ProxyKinds.Voluntary,
            Services = services,
            InformationCategories = categories ?? [],
            ValidFrom = from ?? now.AddDays(-1),
            ValidUntil = until ?? now.AddDays(365),
            State = state,
            CreatedAt = now.AddDays(-1),
            AcceptBy = now.AddDays(6),
            AcceptedAt = state == DelegationStates.Active ? now.AddDays(-1) : null,
        };
        var delegations = Service<Delegations>();
        await delegations.CreateAsync(delegation, principal, CancellationToken.None);
        await delegations.AddReferenceAsync(proxy, id, DelegationRoles.Proxy, now, CancellationToken.None);
        return delegation;
    }

    /// <summary>The principal (or the system) changes the delegation's state, as revoking or resigning does.</summary>
    public async Task SetStateAsync(string delegationId, string state)
    {
        var delegations = Service<Delegations>();
        var stored = (await delegations.ReadAsync(delegationId, CancellationToken.None))!;
        await delegations.ReplaceAsync(stored.Document with { State = state, EndedAt = Clock.GetUtcNow() }, stored.ETag, CancellationToken.None);
    }

    /// <summary>POST /api/me/principals/{id}/token with the caller's own token.</summary>
    public Task<HttpResponseMessage> AskDelegationTokenAsync(string ownToken, string delegationId) =>
        Api.SendAsync(HttpMethod.Post, $"/api/me/principals/{delegationId}/token", ownToken);

    public async Task<string> SubjectTokenAsync(string ownToken, string delegationId) =>
        (await AccountsApi.ExpectAsync(await AskDelegationTokenAsync(ownToken, delegationId), 200)).GetProperty("subject_token").GetString()!;

    /// <summary>The token exchange, with the standard token types unless the form says otherwise.</summary>
    public async Task<HttpResponseMessage> ExchangeAsync(
        string? subjectToken, string? actorToken, string clientId = ClientId, IReadOnlyDictionary<string, string>? more = null)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = GrantTypes.TokenExchange,
            ["client_id"] = clientId,
            ["subject_token_type"] = DelegationTokenTypes.Delegation,
            ["actor_token_type"] = DelegationTokenTypes.AccessToken,
        };
        if (subjectToken is not null)
        {
            form["subject_token"] = subjectToken;
        }
        if (actorToken is not null)
        {
            form["actor_token"] = actorToken;
        }
        foreach (var (key, value) in more ?? new Dictionary<string, string>())
        {
            form[key] = value;
        }
        var response = await Api.Client.PostAsync("/api/oauth/token", new FormUrlEncodedContent(form));
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    /// <summary>The whole way to a delegated token: the proxy's own token, the delegation token, the exchange.</summary>
    public async Task<string> ActAsync(string proxy, string delegationId, string? scope = null)
    {
        var own = await OwnTokenAsync(proxy);
        var subject = await SubjectTokenAsync(own, delegationId);
        var exchanged = await AccountsApi.ExpectAsync(
            await ExchangeAsync(subject, own, more: scope is null ? null : new Dictionary<string, string> { ["scope"] = scope }), 200);
        return exchanged.GetProperty("access_token").GetString()!;
    }

    public static async Task<string> ErrorAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString()!;

    private static string Base64UrlId() =>
        System.Buffers.Text.Base64Url.EncodeToString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
}
