using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Text.Json;
using Portal.Domain.Applications.Status;
using Portal.Domain.Identity;
using Portal.Functions.Tests.Accounts;

namespace Portal.Functions.Tests.Applications;

/// <summary>The receiving side over HTTP: an agency lists, fetches (and verifies), downloads and decides its applications.</summary>
public sealed class AgencyApplicationHttpTests(ApplicationsApiFixture fixture) : IClassFixture<ApplicationsApiFixture>
{
    private AccountsApi Api => fixture.Api;

    private static string JapanDay(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(9)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task TheAgencyListsItsApplicationsByStatusAndDayOldestFirstPageByPage()
    {
        var token = await fixture.AgencyTokenAsync(ApplicationsApiFixture.Chiyoda);
        // A day far from the other tests' applications, so this list holds only these.
        var day = new DateTimeOffset(2027, 3, 10, 1, 0, 0, TimeSpan.Zero);
        var first = await fixture.SubmitAsync("resident-list", at: day);
        var second = await fixture.SubmitAsync("resident-list", at: day.AddHours(1));
        await fixture.SubmitAsync("resident-list", status: ApplicationStatus.Completed, at: day.AddHours(2));
        await fixture.SubmitAsync("resident-list", at: day.AddDays(1));
        var query = $"/api/agency/applications?status=arrived&from={JapanDay(day)}&to={JapanDay(day)}&limit=1";

        var page1 = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, query, token), 200);
        var continuation = Uri.EscapeDataString(page1.GetProperty("continuation").GetString()!);
        var page2 = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, $"{query}&continuation={continuation}", token), 200);

        var item = Assert.Single(page1.GetProperty("items").EnumerateArray());
        Assert.Equal(first.Id, item.GetProperty("receiptNumber").GetString());
        Assert.Equal("到達", item.GetProperty("status").GetProperty("label").GetString());
        Assert.True(item.GetProperty("signed").GetBoolean());
        Assert.Equal(second.Id, Assert.Single(page2.GetProperty("items").EnumerateArray()).GetProperty("receiptNumber").GetString());
    }

    [Fact]
    public async Task BadListParametersAreNamedInJapanese()
    {
        var token = await fixture.AgencyTokenAsync(ApplicationsApiFixture.Chiyoda);

        var response = await Api.SendAsync(HttpMethod.Get, "/api/agency/applications?status=done&from=2026-11-30&to=2026-11-01&limit=0", token);

        AccountsApi.Expect(response, 400);
        Assert.Equal("invalid-input", await AccountsApi.ProblemTypeAsync(response));
        var problem = JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());
        Assert.Equal(["status", "from", "limit"], problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()));
        Assert.Contains("状況の値が正しくありません。", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("表示件数は1から100までの数で指定してください。", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheFetchedApplicationCarriesACmsThatVerifiesOverTheDocumentWithTheCertificateItCarries()
    {
        var token = await fixture.AgencyTokenAsync(ApplicationsApiFixture.Chiyoda);
        var application = await fixture.SubmitAsync("resident-fetch");

        var response = await Api.SendAsync(HttpMethod.Get, $"/api/agency/applications/{application.Id}", token);
        var detail = await AccountsApi.ExpectAsync(response, 200);

        var current = detail.GetProperty("current");
        var document = Convert.FromBase64String(current.GetProperty("document").GetString()!);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(document)), current.GetProperty("documentSha256").GetString());
        Assert.Equal("131016", current.GetProperty("parsedDocument").GetProperty("localGovernmentCode").GetString());
        var signed = new SignedCms(new ContentInfo(document), detached: true);
        signed.Decode(Convert.FromBase64String(current.GetProperty("cms").GetString()!));
        signed.CheckSignature(verifySignatureOnly: true);
        var signer = Assert.Single(signed.SignerInfos.Cast<SignerInfo>());
        Assert.Equal(Convert.FromBase64String(current.GetProperty("certificate").GetString()!), signer.Certificate!.RawData);
        Assert.Equal(signer.Certificate.SerialNumber, current.GetProperty("signer").GetProperty("serialNumber").GetString());
        Assert.Equal(response.Headers.ETag!.ToString(), detail.GetProperty("eTag").GetString());
        Assert.Single(detail.GetProperty("revisions").EnumerateArray());

        var attachment = Assert.Single(current.GetProperty("attachments").EnumerateArray());
        var download = await Api.SendAsync(HttpMethod.Get, attachment.GetProperty("href").GetString()!, token);
        AccountsApi.Expect(download, 200);
        var bytes = await download.Content.ReadAsByteArrayAsync();
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(attachment.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(bytes)));
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Get, $"/api/agency/applications/{application.Id}/revisions/1/attachments/2", token), 404);
    }

    [Fact]
    public async Task TheAgencyMovesAnApplicationAlongTheTableWithETagsAndTheResidentReadsTheComment()
    {
        var token = await fixture.AgencyTokenAsync(ApplicationsApiFixture.Chiyoda);
        var (resident, residentToken, _) = await Api.RegisteredAsync();
        var application = await fixture.SubmitAsync(resident);
        var path = $"/api/agency/applications/{application.Id}/status";

        var accepted = await Api.SendAsync(HttpMethod.Post, path, token, new { status = "accepted" });
        AccountsApi.Expect(accepted, 200);
        var etag = accepted.Headers.ETag!.ToString();
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Post, path, token, new { status = "under-review" },
            r => r.Headers.TryAddWithoutValidation("If-Match", etag)), 200);
        var stale = await Api.SendAsync(HttpMethod.Post, path, token, new { status = "completed" }, r => r.Headers.TryAddWithoutValidation("If-Match", etag));
        var noComment = await Api.SendAsync(HttpMethod.Post, path, token, new { status = "correction-requested" });
        var refused = await Api.SendAsync(HttpMethod.Post, path, token, new { status = "accepted" });
        var requested = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Post, path, token,
            new { status = "correction-requested", comment = "住所の番地が抜けています" }), 200);

        AccountsApi.Expect(stale, 412);
        AccountsApi.Expect(noComment, 400);
        Assert.Equal("invalid-input", await AccountsApi.ProblemTypeAsync(noComment));
        AccountsApi.Expect(refused, 409);
        Assert.Equal("status-transition-refused", await AccountsApi.ProblemTypeAsync(refused));
        Assert.Equal("補正依頼", requested.GetProperty("status").GetProperty("label").GetString());
        var mine = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, $"/api/me/applications/{application.Id}", residentToken), 200);
        Assert.Equal(["受付", "審査中", "補正依頼"], mine.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("to").GetProperty("label").GetString()));
        Assert.Equal("住所の番地が抜けています", mine.GetProperty("history")[2].GetProperty("comment").GetString());
        var operations = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, "/api/me/operations", residentToken), 200);
        Assert.Equal(3, operations.GetProperty("items").EnumerateArray().Count(o =>
            o.GetProperty("operation").GetString() == "application.status.agency" && o.GetProperty("actorId").GetString() == "agency-131016"));
    }

    [Fact]
    public async Task ATokenWithoutTheApplicationsScopeOrAResidentsTokenIsRefused()
    {
        var procedures = await fixture.AgencyTokenAsync(ApplicationsApiFixture.Chiyoda, PortalScopes.AgencyProcedures);
        var (_, residentToken, _) = await Api.RegisteredAsync();

        var withoutScope = await Api.SendAsync(HttpMethod.Get, "/api/agency/applications", procedures);
        var resident = await Api.SendAsync(HttpMethod.Get, "/api/agency/applications", residentToken);

        AccountsApi.Expect(withoutScope, 403);
        Assert.Equal("insufficient-scope", await AccountsApi.ProblemTypeAsync(withoutScope));
        AccountsApi.Expect(resident, 401);
    }
}
