using System.Net.Http.Json;
using System.Text.Json;

namespace Portal.Functions.Tests.ExternalSites;

/// <summary>
/// What discovery tells an external site's OpenID Connect library: PAR is where requests go and is required, S256 is
/// the only PKCE method, subjects are pairwise, and nothing that does not exist yet is advertised.
/// </summary>
public sealed class SiteDiscoveryTests(ExternalSitesHost host) : IClassFixture<ExternalSitesHost>
{
    [Fact]
    public async Task DiscoveryAdvertisesThePushedAuthorizationEndpointAndItsRules()
    {
        var metadata = await host.Client.GetFromJsonAsync<JsonElement>("/api/.well-known/openid-configuration");

        Assert.Equal(ExternalSitesHost.Issuer + "/oauth/par", metadata.GetProperty("pushed_authorization_request_endpoint").GetString());
        Assert.True(metadata.GetProperty("require_pushed_authorization_requests").GetBoolean());
        Assert.Equal(["S256"], Strings(metadata, "code_challenge_methods_supported"));
        Assert.Contains("pairwise", Strings(metadata, "subject_types_supported"));
        Assert.True(metadata.GetProperty("authorization_response_iss_parameter_supported").GetBoolean());
        Assert.Contains("private_key_jwt", Strings(metadata, "token_endpoint_auth_methods_supported"));
        Assert.Contains("PS256", Strings(metadata, "token_endpoint_auth_signing_alg_values_supported"));
        Assert.Contains("ES256", Strings(metadata, "token_endpoint_auth_signing_alg_values_supported"));
        Assert.Subset(Strings(metadata, "scopes_supported").ToHashSet(), new HashSet<string> { "openid", "name", "address", "birthdate", "gender", "information:tax-income" });
    }

    [Fact]
    public async Task TheAuthorizationCodeFlowIsAdvertisedWithItsEndpointQueryResponsesAndGrant()
    {
        var metadata = await host.Client.GetFromJsonAsync<JsonElement>("/api/.well-known/openid-configuration");

        Assert.Equal(ExternalSitesHost.Issuer + "/oauth/authorize", metadata.GetProperty("authorization_endpoint").GetString());
        Assert.Equal(["code"], Strings(metadata, "response_types_supported"));
        Assert.Equal(["query"], Strings(metadata, "response_modes_supported"));
        Assert.Contains("authorization_code", Strings(metadata, "grant_types_supported"));
    }

    [Fact]
    public async Task DpopAndTheSitesPs256IdTokensAndCardClaimsAreAdvertised()
    {
        var metadata = await host.Client.GetFromJsonAsync<JsonElement>("/api/.well-known/openid-configuration");

        Assert.Equal(["PS256", "ES256"], Strings(metadata, "dpop_signing_alg_values_supported"));
        Assert.Contains("PS256", Strings(metadata, "id_token_signing_alg_values_supported"));
        Assert.Subset(Strings(metadata, "claims_supported").ToHashSet(), new HashSet<string> { "name", "address", "birthdate", "gender", "nonce" });
    }

    private static List<string> Strings(JsonElement metadata, string name) =>
        [.. metadata.GetProperty(name).EnumerateArray().Select(e => e.GetString()!)];
}
