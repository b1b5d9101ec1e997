using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Identity;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Identity.Tokens;
using Portal.Functions.Tests.Accounts;
using Portal.Functions.Tests.Identity;
using Portal.Functions.Tests.Information;
using Portal.Functions.Tests.Proxies.Appointing;
using Portal.Testing.Signing;

namespace Portal.Functions.Tests.Clinics;

/// <summary>
/// What the マイナ保険証 tests need: patients with their own software card, the insurer providing their qualification
/// (and 診療・薬剤, 特定健診 records) through <c>agency.information</c>, registered clinics with tokens, and the patient
/// answering a check at the reader through the real signer CLI.
/// </summary>
public sealed class ClinicScenario(AccountsApi api, IdentityPki pki)
{
    public const string InsuredNumber = "12345678";

    public const string Symbol = "4301";

    private ProxyResidents Residents => new(api, pki);

    private InformationSeeds Seeds => new(api);

    public Task<ProxyResidents.Resident> PatientAsync(string name = "保険 花子") => Residents.NewAsync(name, new DateOnly(1985, 5, 5));

    public DateOnly Today => Residents.Today;

    /// <summary>The insurer (協会けんぽ) provides a qualification in effect since last year, and a prescription and a health check.</summary>
    public async Task InsuredAsync(string accountId)
    {
        var insurer = await Seeds.AgencyAsync(InformationSeeds.Insurer, "全国健康保険協会");
        var residentRef = await Seeds.RefAsync(InformationSeeds.Insurer, accountId);
        var since = ProxyResidents.Day(Today.AddYears(-1));
        AccountsApi.Expect(await Seeds.PutAsync(insurer, residentRef, "health-insurance-card", "hic-1", new
        {
            validFrom = since,
            data = new
            {
                insurerName = "全国健康保険協会 東京支部", insurerNumber = "01130012", symbol = Symbol, insuredNumber = InsuredNumber,
                branchNumber = "00", status = "有効", qualifiedOn = since, relationship = "本人",
            },
        }), 201);
        AccountsApi.Expect(await Seeds.PutAsync(insurer, residentRef, "medical-treatment", "rx-1", new
        {
            validFrom = ProxyResidents.Day(Today.AddMonths(-2)), data = new { summary = "アムロジピン錠5mg 30日分" },
        }), 201);
        AccountsApi.Expect(await Seeds.PutAsync(insurer, residentRef, "health-checkups", "hc-1", new
        {
            validFrom = ProxyResidents.Day(Today.AddMonths(-6)), data = new { summary = "特定健診 血圧 128/82" },
        }), 201);
    }

    public async Task RegisteredAsync(string token) =>
        AccountsApi.Expect(await api.SendAsync(HttpMethod.Post, "/api/me/health-insurance/registration", token), 201);

    /// <summary>A registered clinic's token, as the client_credentials grant issues it.</summary>
    public async Task<string> ClinicTokenAsync(string clientId = "clinic-test", string name = "霞が関クリニック", string code = "1310000001",
        params string[] scopes)
    {
        var repository = api.Host.Services.GetRequiredService<ClientRepository>();
        if (await repository.FindAsync(clientId, CancellationToken.None) is null)
        {
            await repository.CreateAsync(new RegisteredClient
            {
                Id = clientId,
                Name = name,
                Kind = ClientKinds.Clinic,
                AllowedGrantTypes = [GrantTypes.ClientCredentials],
                AllowedScopes = [PortalScopes.ClinicEligibility],
                MedicalInstitutionCode = code,
                CreatedAt = DateTimeOffset.UtcNow,
            }, CancellationToken.None);
        }
        var issued = await api.Host.Services.GetRequiredService<AccessTokenService>().IssueAsync(
            new AccessTokenClaims(clientId, clientId, scopes.Length > 0 ? scopes : [PortalScopes.ClinicEligibility], MedicalInstitutionCode: code));
        return issued.Token;
    }

    public async Task<JsonElement> StartAsync(string clinicToken) =>
        await AccountsApi.ExpectAsync(await api.SendAsync(HttpMethod.Post, "/api/clinic/eligibility-checks", clinicToken), 201);

    public Task<HttpResponseMessage> ReadAsync(string clinicToken, string checkId) =>
        api.SendAsync(HttpMethod.Get, $"/api/clinic/eligibility-checks/{checkId}", clinicToken);

    /// <summary>The patient, at the reader: the code, the consent question (y, or Enter alone for the default no), the two PINs.</summary>
    public Task<RealSigner.Run> PresentAsync(JsonElement started, string card, bool? consent) =>
        Run(started, card, consent, RealSigner.RunAsync);

    /// <summary><see cref="PresentAsync"/>, failing with the signer's output unless the card answered.</summary>
    public Task<RealSigner.Run> AnswerAsync(JsonElement started, string card, bool? consent) =>
        Run(started, card, consent, RealSigner.AnswerAsync);

    private Task<RealSigner.Run> Run(JsonElement started, string card, bool? consent,
        Func<HttpClient, IReadOnlyList<string>, string, Task<RealSigner.Run>> signer) =>
        signer(api.Client, ["sign", started.GetProperty("cardRequest").GetProperty("signerLink").GetString()!, "--card", card],
            $"{started.GetProperty("cardRequest").GetProperty("userCode").GetString()}\n{consent switch { true => "y", false => "n", null => "" }}\n"
            + $"{IdentityPki.AuthPin}\n{IdentityPki.SignPin}\n");
}
