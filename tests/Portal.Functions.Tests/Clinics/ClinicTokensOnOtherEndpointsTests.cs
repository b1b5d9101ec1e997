using System.Net;
using Portal.Functions.Tests.Accounts;
using Portal.Functions.Tests.Proxies.Acting;

namespace Portal.Functions.Tests.Clinics;

/// <summary>
/// A clinic's token opens the clinic endpoints only: every resident endpoint answers 401 or 403, every agency endpoint
/// 401, where the resident's own token (or an agency's) is accepted.
/// </summary>
public sealed class ClinicTokensOnOtherEndpointsTests(ActingFixture fixture) : IClassFixture<ActingFixture>
{
    public static TheoryData<string, string> Endpoints => new()
    {
        { "GET", "/api/me" },
        { "GET", "/api/me/health-insurance" },
        { "POST", "/api/me/health-insurance/registration" },
        { "GET", "/api/me/information" },
        { "GET", "/api/me/exchanges" },
        { "GET", "/api/me/operations" },
        { "GET", "/api/me/notices" },
        { "GET", "/api/me/public-funds-account" },
        { "GET", "/api/me/proxies" },
        { "GET", "/api/oauth/userinfo" },
        { "GET", "/api/agency/applications" },
        { "GET", "/api/agency/notices" },
        { "GET", "/api/agency/information/rr_AbCdEfGhIjKlMnOpQrStUv/health-insurance-card" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task A_clinic_token_is_refused_and_gets_no_data(string method, string path)
    {
        var clinic = await new ClinicScenario(fixture.Api, fixture.Pki).ClinicTokenAsync();

        var response = await fixture.Api.SendAsync(new HttpMethod(method), path, clinic);

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden });
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("\"items\"", text, StringComparison.Ordinal);
    }
}
