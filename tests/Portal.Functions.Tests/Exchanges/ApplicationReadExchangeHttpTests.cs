using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contracts.Histories;
using Portal.Domain.Exchanges;
using Portal.Domain.Identity;
using Portal.Domain.Residents.References;
using Portal.Domain.Storage;
using Portal.Functions.Tests.Accounts;
using Portal.Functions.Tests.Applications;
using Portal.Testing.Queues;

namespace Portal.Functions.Tests.Exchanges;

/// <summary>
/// Every agency read of an application is an exchange record: the applicant sees it in やりとり履歴 (and can export
/// and verify it), the agency in its own log under its own residentRef; nobody else sees either.
/// </summary>
public sealed class ApplicationReadExchangeHttpTests(ExchangesFixture fixture) : IClassFixture<ExchangesFixture>
{
    private AccountsApi Api => fixture.Api;

    private Task<string> AgencyAsync(string body) =>
        fixture.AgencyTokenAsync(body, PortalScopes.AgencyApplications, PortalScopes.AgencyInformation);

    /// <summary>Until every queued exchange has been written (the outbox's queue holds nothing, leased or not).</summary>
    private Task WrittenAsync() => QueueDrain.UntilEmptyAsync(
        fixture.Services.GetRequiredService<StorageAccount>().Queue(fixture.Services.GetRequiredService<ExchangeOutbox>().QueueName),
        TimeSpan.FromSeconds(60));

    private async Task<(string AccountId, string Token, string ReceiptNumber)> ReadByChiyodaAsync()
    {
        var (accountId, token, _) = await Api.RegisteredAsync();
        var application = await fixture.SubmitAsync(accountId);
        var agency = await AgencyAsync(ApplicationsApiFixture.Chiyoda);
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Get, $"/api/agency/applications/{application.Id}", agency), 200);
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Get, $"/api/agency/applications/{application.Id}/revisions/1/attachments/1", agency), 200);
        await WrittenAsync();
        return (accountId, token, application.Id);
    }

    private static IEnumerable<JsonElement> Items(JsonElement page) => page.GetProperty("items").EnumerateArray();

    [Fact]
    public async Task AnAgencyReadingAnApplicationAndItsFileIsShownToTheApplicantNewestFirstAndNeverCached()
    {
        var (_, token, receiptNumber) = await ReadByChiyodaAsync();

        var response = await Api.SendAsync(HttpMethod.Get, "/api/me/exchanges", token);
        var page = await AccountsApi.ExpectAsync(response, 200);

        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var items = Items(page).ToList();
        Assert.Equal(["file-download", "application-read"], items.Select(i => i.GetProperty("kind").GetString()));
        Assert.All(items, i =>
        {
            Assert.Equal(ApplicationsApiFixture.Chiyoda, i.GetProperty("requester").GetProperty("body").GetString());
            Assert.Equal(ApplicationsApiFixture.Chiyoda, i.GetProperty("requester").GetProperty("name").GetString());
            Assert.True(!i.TryGetProperty("provider", out var provider) || provider.ValueKind == JsonValueKind.Null);
            Assert.Equal("provided", i.GetProperty("outcome").GetString());
            Assert.False(i.GetProperty("withheld").GetBoolean());
        });
        Assert.Equal([$"{receiptNumber}/1/1", receiptNumber], items.Select(i => i.GetProperty("target").GetString()));
    }

    [Fact]
    public async Task TheAgencySeesItsReadsInItsOwnLogUnderItsOwnRefAndAnotherAgencyAndAnotherResidentSeeNone()
    {
        var (accountId, _, _) = await ReadByChiyodaAsync();
        var (_, otherResident, _) = await Api.RegisteredAsync();
        var expectedRef = fixture.Services.GetRequiredService<ResidentRefs>().For(ApplicationsApiFixture.Chiyoda, accountId);

        var own = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, "/api/agency/exchanges?limit=100",
            await AgencyAsync(ApplicationsApiFixture.Chiyoda)), 200);
        var chuoResponse = await Api.SendAsync(HttpMethod.Get, "/api/agency/exchanges?limit=100", await AgencyAsync(ApplicationsApiFixture.Chuo));
        var other = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, "/api/me/exchanges", otherResident), 200);

        var mine = Items(own).Where(i => i.GetProperty("residentRef").GetString() == expectedRef).ToList();
        Assert.Equal(2, mine.Count);
        Assert.All(mine, i => Assert.Equal("requester", i.GetProperty("side").GetString()));
        var chuoText = await chuoResponse.Content.ReadAsStringAsync();
        Assert.DoesNotContain(expectedRef, chuoText, StringComparison.Ordinal);
        Assert.DoesNotContain(accountId, chuoText + own.GetRawText(), StringComparison.Ordinal);
        Assert.Empty(Items(other));
    }

    [Fact]
    public async Task AReadOfAnApplicationTheAgencyDidNotReceiveIsRefusedAndRecordsNothing()
    {
        var (accountId, token, _) = await Api.RegisteredAsync();
        var application = await fixture.SubmitAsync(accountId);

        var response = await Api.SendAsync(HttpMethod.Get, $"/api/agency/applications/{application.Id}", await AgencyAsync(ApplicationsApiFixture.Chuo));
        await WrittenAsync();

        AccountsApi.Expect(response, 404);
        Assert.Empty(Items(await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, "/api/me/exchanges", token), 200)));
    }

    [Fact]
    public async Task TheExportedExchangeHistoryVerifiesAgainstThePublishedHistoryKeysAndShowsWhatTheListShows()
    {
        var (accountId, token, _) = await ReadByChiyodaAsync();

        var response = await Api.SendAsync(HttpMethod.Get, "/api/me/exchanges/export", token);
        var export = (await response.Content.ReadFromJsonAsync<HistoryExport>(JsonSerializerOptions.Web))!;
        var keys = JsonNode.Parse((await AccountsApi.ExpectAsync(await Api.Client.GetAsync("/api/history/keys"), 200)).GetRawText())!.AsObject();

        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var verified = HistoryVerifier.Verify(export, keys);
        Assert.True(verified.IsValid, $"{verified.Problem} at {verified.Sequence}");
        Assert.Equal((accountId, "exchanges"), (verified.Head!.Resident, verified.Head.History));
        Assert.Equal(["application-read", "file-download"], export.Entries.Select(e => e["kind"]!.GetValue<string>()));
        export.Entries[0]["requester"]!["name"] = "港区";
        Assert.Equal(HistoryProblem.HashBroken, HistoryVerifier.Verify(export, keys).Problem);
    }

    public static TheoryData<string, string> BadQueries => new()
    {
        { "from=2010-01-01", "from" },
        { "from=2026-13-01", "from" },
        { "from=2026-11-30&to=2026-11-01", "from" },
        { "pageSize=0", "pageSize" },
        { "continuationToken=%25%25%25", "continuationToken" },
    };

    [Theory]
    [MemberData(nameof(BadQueries))]
    public async Task ABadPeriodOrPageIsAProblemNamingTheField(string query, string field)
    {
        var (_, token, _) = await Api.RegisteredAsync();

        var response = await Api.SendAsync(HttpMethod.Get, "/api/me/exchanges?" + query, token);

        AccountsApi.Expect(response, 400);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("invalid-input", await AccountsApi.ProblemTypeAsync(response));
        var problem = JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());
        Assert.Equal([field], problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()));
    }

    [Fact]
    public async Task AnAgencyTokenWithoutTheInformationScopeCannotReadTheLogAndAResidentTokenIsNotAnAgencys()
    {
        var (_, resident, _) = await Api.RegisteredAsync();

        var applicationsOnly = await Api.SendAsync(HttpMethod.Get, "/api/agency/exchanges",
            await fixture.AgencyTokenAsync(ApplicationsApiFixture.Chiyoda, PortalScopes.AgencyApplications));
        var residentCall = await Api.SendAsync(HttpMethod.Get, "/api/agency/exchanges", resident);

        Assert.Equal((403, "insufficient-scope"), ((int)applicationsOnly.StatusCode, await AccountsApi.ProblemTypeAsync(applicationsOnly)));
        AccountsApi.Expect(residentCall, 401);
    }
}
