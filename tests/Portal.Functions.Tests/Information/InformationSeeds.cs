using System.Text.Json;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Identity;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Information.Records;
using Portal.Domain.Residents.References;
using Portal.Domain.Storage;
using Portal.Functions.Tests.Accounts;
using Portal.Functions.Tests.Notices.Agency;

namespace Portal.Functions.Tests.Information;

/// <summary>
/// The bodies of these tests (a ward, another ward, the pension service, an insurer), residents, the refs each body
/// was given (as an application reaching it gives them), and a count of the records stored about a resident.
/// </summary>
public sealed class InformationSeeds(AccountsApi api)
{
    public static readonly AgencyBinding Chiyoda = new("131016", null);
    public static readonly AgencyBinding Minato = new("131032", null);
    public static readonly AgencyBinding PensionService = new(null, "jps");
    public static readonly AgencyBinding Insurer = new(null, null, "06139999");

    public static string BodyOf(AgencyBinding binding) => binding switch
    {
        { LocalGovernmentCode: { } code } => code,
        { NationalAgencyId: { } id } => $"national-{id}",
        _ => $"insurer-{binding.InsurerNumber}",
    };

    public async Task<(string AccountId, string Token)> ResidentAsync()
    {
        var (id, token, _) = await api.RegisteredAsync();
        return (id, token);
    }

    public Task<string> RefAsync(AgencyBinding body, string accountId) =>
        api.Host.Services.GetRequiredService<ResidentRefIndex>().GiveOutAsync(BodyOf(body), accountId, CancellationToken.None);

    public Task<string> AgencyAsync(AgencyBinding body, string? name = null) =>
        AgencyNoticeApiHost.AgencyTokenAsync(api.Host.Services, "info-" + BodyOf(body), name ?? BodyOf(body), body, PortalScopes.AgencyInformation);

    public Task<HttpResponseMessage> PutAsync(string token, string residentRef, string category, string recordId, object body) =>
        api.SendAsync(HttpMethod.Put, $"/api/agency/information/{residentRef}/{category}/{recordId}", token, body);

    public Task<HttpResponseMessage> ListAsync(string token, string residentRef, string category) =>
        api.SendAsync(HttpMethod.Get, $"/api/agency/information/{residentRef}/{category}", token);

    public async Task<JsonElement> MineAsync(string token, string query) =>
        await AccountsApi.ExpectAsync(await api.SendAsync(HttpMethod.Get, "/api/me/information?" + query, token), 200);

    /// <summary>Every version of every record stored about the resident.</summary>
    public async Task<int> CountAsync(string accountId)
    {
        var container = api.Host.Services.GetRequiredService<PortalDatabase>().Container(PortalContainers.Residents);
        var query = new QueryDefinition("SELECT c.id FROM c WHERE c.type = @type").WithParameter("@type", InformationRecord.DocumentType);
        using var iterator = container.GetItemQueryIterator<Dictionary<string, object>>(query,
            requestOptions: new QueryRequestOptions { PartitionKey = new PartitionKey(accountId) });
        var count = 0;
        while (iterator.HasMoreResults)
        {
            count += (await iterator.ReadNextAsync()).Count;
        }
        return count;
    }

    public static object Tax(int year, int income, string validFrom = "2025-06-01", string? validTo = null) => new
    {
        validFrom, validTo,
        data = new { fiscalYear = year, totalIncome = income, municipalIncomeTax = income / 20, prefecturalIncomeTax = income / 30 },
    };

    /// <summary>The records the resident sees in the first period, flattened: (category, provider, record).</summary>
    public static IEnumerable<(string Category, string Provider, JsonElement Record)> Records(JsonElement view, int period = 0) =>
        from category in view.GetProperty("periods")[period].GetProperty("categories").EnumerateArray()
        from provider in category.GetProperty("providers").EnumerateArray()
        from record in provider.GetProperty("records").EnumerateArray()
        select (category.GetProperty("id").GetString()!, provider.GetProperty("name").GetString()!, record);

    public static JsonElement Item(JsonElement record, string key) =>
        record.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("key").GetString() == key).GetProperty("value");
}
