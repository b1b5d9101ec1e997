using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Identity;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Identity.DeviceAuthorization;
using Portal.Domain.Identity.Tokens;
using Portal.Functions.Tests.Accounts;

namespace Portal.Functions.Tests.Information;

/// <summary>
/// An insurer is a body of its own: the client credentials grant gives its client a token bound to its 保険者番号,
/// and that token provides 健康保険証 for the insurer's own refs. A client naming two bodies gets no token.
/// </summary>
public sealed class InsurerClientHttpTests(InformationFixture fixture) : IClassFixture<InformationFixture>
{
    private InformationSeeds Seeds => new(fixture.Api);

    [Fact]
    public async Task AnInsurersGrantedTokenCarriesItsInsurerNumberAndProvidesItsHealthInsuranceCardRecords()
    {
        var client = await RegisterAsync("insurer-grant", new AgencyBinding(null, null, "06139999"));
        var (resident, _) = await Seeds.ResidentAsync();
        var residentRef = await Seeds.RefAsync(InformationSeeds.Insurer, resident);

        var issued = await fixture.Api.Host.Services.GetRequiredService<ClientCredentialsGrant>().IssueAsync(client, PortalScopes.AgencyInformation);
        var claims = await fixture.Api.Host.Services.GetRequiredService<AccessTokenService>().ValidateAsync(issued.AccessToken);

        Assert.Equal(new AgencyBinding(null, null, "06139999"), claims.Agency);
        var me = await AccountsApi.ExpectAsync(await fixture.Api.SendAsync(HttpMethod.Get, "/api/agency/me", issued.AccessToken), 200);
        Assert.Equal("06139999", me.GetProperty("insurerNumber").GetString());
        Assert.False(me.TryGetProperty("localGovernmentCode", out _));
        AccountsApi.Expect(await Seeds.PutAsync(issued.AccessToken, residentRef, "health-insurance-card", "q1", new
        {
            validFrom = "2025-04-01",
            data = new { insurerName = "テスト健康保険組合", insurerNumber = "06139999", insuredNumber = "1234", status = "有効", qualifiedOn = "2025-04-01" },
        }), 201);
    }

    [Fact]
    public async Task AClientBoundToTwoBodiesGetsNoToken()
    {
        var client = await RegisterAsync("insurer-and-ward", new AgencyBinding("131016", null, "06139999"));

        var refused = await Assert.ThrowsAsync<OAuthErrorException>(() =>
            fixture.Api.Host.Services.GetRequiredService<ClientCredentialsGrant>().IssueAsync(client, PortalScopes.AgencyInformation));

        Assert.Equal(OAuthErrors.UnauthorizedClient, refused.Error);
    }

    private async Task<RegisteredClient> RegisterAsync(string id, AgencyBinding binding)
    {
        var client = new RegisteredClient
        {
            Id = id + "-" + Guid.NewGuid().ToString("N")[..8], Name = "テスト健康保険組合", Kind = ClientKinds.Agency,
            AllowedGrantTypes = [GrantTypes.ClientCredentials], AllowedScopes = [PortalScopes.AgencyInformation], Agency = binding,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        await fixture.Api.Host.Services.GetRequiredService<ClientRepository>().CreateAsync(client, CancellationToken.None);
        return client;
    }
}
