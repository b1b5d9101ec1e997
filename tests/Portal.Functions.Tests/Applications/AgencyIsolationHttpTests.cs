using System.Text.Json;
using Portal.Domain.Applications;
using Portal.Domain.Applications.Status;
using Portal.Functions.Tests.Accounts;

namespace Portal.Functions.Tests.Applications;

/// <summary>
/// 千代田区's token never reaches 中央区's applications, by any endpoint: not listed, not found, its files not found, its
/// status unchanged — and each time 中央区's application is exactly as it was.
/// </summary>
public sealed class AgencyIsolationHttpTests(ApplicationsApiFixture fixture) : IClassFixture<ApplicationsApiFixture>
{
    private AccountsApi Api => fixture.Api;

    private async Task<(string Token, Application Chuos)> ArrangeAsync() =>
        (await fixture.AgencyTokenAsync(ApplicationsApiFixture.Chiyoda), await fixture.SubmitAsync("resident-isolation", ApplicationsApiFixture.Chuo));

    private async Task AssertUnchangedAsync(Application chuos)
    {
        var now = await fixture.ReadAsync(chuos);
        Assert.Equal(ApplicationStatus.Arrived, now.Status);
        Assert.Empty(now.History);
        Assert.Equal(chuos.Revisions.Single().DocumentSha256, now.Revisions.Single().DocumentSha256);
    }

    [Fact]
    public async Task ChiyodaNeverListsChuosApplications()
    {
        var (token, chuos) = await ArrangeAsync();
        var chiyodas = await fixture.SubmitAsync("resident-isolation", ApplicationsApiFixture.Chiyoda);

        var seen = new List<string>();
        string? continuation = null;
        do
        {
            var page = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get,
                "/api/agency/applications?limit=100" + (continuation is null ? "" : $"&continuation={Uri.EscapeDataString(continuation)}"), token), 200);
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("receiptNumber").GetString()!));
            continuation = page.TryGetProperty("continuation", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
        }
        while (continuation is not null);

        Assert.Contains(chiyodas.Id, seen);
        Assert.DoesNotContain(chuos.Id, seen);
        await AssertUnchangedAsync(chuos);
    }

    [Fact]
    public async Task ChiyodaCannotFetchChuosApplication()
    {
        var (token, chuos) = await ArrangeAsync();

        var response = await Api.SendAsync(HttpMethod.Get, $"/api/agency/applications/{chuos.Id}", token);

        AccountsApi.Expect(response, 404);
        Assert.Equal("application-not-found", await AccountsApi.ProblemTypeAsync(response));
        await AssertUnchangedAsync(chuos);
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Get, $"/api/agency/applications/{chuos.Id}",
            await fixture.AgencyTokenAsync(ApplicationsApiFixture.Chuo)), 200);
    }

    [Fact]
    public async Task ChiyodaCannotDownloadChuosAttachment()
    {
        var (token, chuos) = await ArrangeAsync();
        var path = $"/api/agency/applications/{chuos.Id}/revisions/1/attachments/1";

        var response = await Api.SendAsync(HttpMethod.Get, path, token);

        AccountsApi.Expect(response, 404);
        Assert.Equal("application-not-found", await AccountsApi.ProblemTypeAsync(response));
        await AssertUnchangedAsync(chuos);
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Get, path, await fixture.AgencyTokenAsync(ApplicationsApiFixture.Chuo)), 200);
    }

    [Fact]
    public async Task ChiyodaCannotChangeTheStatusOfChuosApplication()
    {
        var (token, chuos) = await ArrangeAsync();

        var response = await Api.SendAsync(HttpMethod.Post, $"/api/agency/applications/{chuos.Id}/status", token,
            new { status = "rejected", comment = "当区の手続ではありません", localGovernmentCode = ApplicationsApiFixture.Chuo });

        AccountsApi.Expect(response, 404);
        Assert.Equal("application-not-found", await AccountsApi.ProblemTypeAsync(response));
        await AssertUnchangedAsync(chuos);
    }
}
