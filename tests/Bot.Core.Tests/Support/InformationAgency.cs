using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Identity;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Identity.Tokens;
using Portal.Domain.Residents.References;

namespace Bot.Core.Tests.Support;

/// <summary>
/// A body registering わたしの情報 records about a resident through the agencies' API
/// (<c>PUT /api/agency/information/{residentRef}/{category}/{recordId}</c>) of the portal in <paramref name="portal"/>'s
/// services: its client registered and a token minted as the client-credentials grant would, and the resident's ref
/// given out as an application reaching the body gives it.
/// </summary>
public sealed class InformationAgency(IServiceProvider portal, HttpClient http, string localGovernmentCode, string name)
{
    public const string Chiyoda = "131016";

    public const string Minato = "131032";

    public static InformationAgency OfChiyoda(IServiceProvider portal, HttpClient http) => new(portal, http, Chiyoda, "千代田区");

    public static InformationAgency OfMinato(IServiceProvider portal, HttpClient http) => new(portal, http, Minato, "港区");

    private string ClientId => $"info-chat-{localGovernmentCode}";

    /// <summary>A tax record (税・所得) of <paramref name="year"/> valid from 2024-06-01 (open-ended).</summary>
    public Task PutTaxAsync(string accountId, string recordId, int year, int income) =>
        PutAsync(accountId, "tax-income", recordId, new
        {
            validFrom = "2024-06-01",
            data = new { fiscalYear = year, totalIncome = income, municipalIncomeTax = income / 20, prefecturalIncomeTax = income / 30 },
        });

    /// <summary>A withheld (不開示) record of the category: the resident sees that it exists, nothing of it.</summary>
    public Task PutWithheldAsync(string accountId, string category, string recordId) =>
        PutAsync(accountId, category, recordId, new { validFrom = "2024-06-01", withheld = true });

    public async Task PutAsync(string accountId, string category, string recordId, object body)
    {
        var binding = new AgencyBinding(localGovernmentCode, null);
        var residentRef = await portal.GetRequiredService<ResidentRefIndex>().GiveOutAsync(localGovernmentCode, accountId, CancellationToken.None);
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/agency/information/{residentRef}/{category}/{recordId}")
        {
            Content = JsonContent.Create(body),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(binding));
        using var response = await http.SendAsync(request);
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK,
            $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>情報照会 (<c>POST /api/agency/exchanges</c>) of the resident's records of a category for a task; the status.</summary>
    public async Task<HttpStatusCode> AskAsync(string accountId, string category, string purpose)
    {
        var binding = new AgencyBinding(localGovernmentCode, null);
        var residentRef = await portal.GetRequiredService<ResidentRefIndex>().GiveOutAsync(localGovernmentCode, accountId, CancellationToken.None);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/agency/exchanges")
        {
            Content = JsonContent.Create(new { residentRef, category, purpose }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(binding));
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>本人確認情報の照会 (<c>POST /api/agency/residents/lookup</c>) by the basic 4 items; the status (200 found, 404 not).</summary>
    public async Task<HttpStatusCode> LookUpAsync(string name, string address, string dateOfBirth, string sex)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/agency/residents/lookup")
        {
            Content = JsonContent.Create(new { name, address, dateOfBirth, sex }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(new AgencyBinding(localGovernmentCode, null)));
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    private async Task<string> TokenAsync(AgencyBinding binding)
    {
        var clients = portal.GetRequiredService<ClientRepository>();
        if (await clients.FindAsync(ClientId, CancellationToken.None) is null)
        {
            await clients.CreateAsync(new RegisteredClient
            {
                Id = ClientId,
                Name = name,
                Kind = ClientKinds.Agency,
                AllowedGrantTypes = [GrantTypes.ClientCredentials],
                AllowedScopes = [PortalScopes.AgencyInformation],
                Agency = binding,
                CreatedAt = DateTimeOffset.UtcNow,
            }, CancellationToken.None);
        }
        return (await portal.GetRequiredService<AccessTokenService>().IssueAsync(
            new AccessTokenClaims(ClientId, ClientId, [PortalScopes.AgencyInformation], binding))).Token;
    }
}
