using UglyToad.PdfPig;
using Portal.Functions.Tests.Accounts;
using Portal.Functions.Tests.Procedures;

namespace Portal.Functions.Tests.Drafts;

/// <summary>印刷して送付: a draft comes back as a PDF with the resident's answers as the form shows them.</summary>
public sealed class DraftPrintHttpTests(DraftsApiFixture fixture) : IClassFixture<DraftsApiFixture>
{
    private AccountsApi Api => fixture.Api;

    [Fact]
    public async Task TheCompletedFormPrintsWithTheAnswersInWarekiTheLocalGovernmentAndNoHiddenFields()
    {
        var (_, token, _) = await Api.RegisteredAsync();
        var created = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Post, "/api/me/drafts", token, new
        {
            procedureId = SmallCatalog.ChildAllowance,
            localGovernmentCode = SmallCatalog.Chiyoda,
            data = new
            {
                applicant = new { name = "山田花子", kana = "ヤマダハナコ", birthDate = "1990-04-01" },
                hasSpouse = false,
                // Left over from an earlier answer; the form hides it now, so it must not be printed.
                spouse = new { name = "山田隠太" },
            },
        }), 201);

        var response = await Api.SendAsync(HttpMethod.Get, $"/api/me/drafts/{created.GetProperty("id").GetString()}/print", token);

        AccountsApi.Expect(response, 200);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = string.Concat(pdf.GetPages().SelectMany(p => p.Letters).Select(l => l.Value).Where(c => !string.IsNullOrWhiteSpace(c)));
        Assert.Contains("山田花子", text);
        Assert.Contains("ヤマダハナコ", text);
        Assert.Contains("平成2年4月1日", text);
        Assert.Contains("千代田区", text);
        Assert.Contains("配偶者がいますかいいえ", text);
        Assert.DoesNotContain("山田隠太", text);
    }

    [Fact]
    public async Task AnotherResidentsDraftDoesNotPrint()
    {
        var (_, owner, _) = await Api.RegisteredAsync();
        var (_, other, _) = await Api.RegisteredAsync();
        var created = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Post, "/api/me/drafts", owner,
            new { procedureId = SmallCatalog.ChildAllowance, localGovernmentCode = SmallCatalog.Chiyoda }), 201);

        var response = await Api.SendAsync(HttpMethod.Get, $"/api/me/drafts/{created.GetProperty("id").GetString()}/print", other);

        AccountsApi.Expect(response, 404);
        Assert.Equal("draft-not-found", await AccountsApi.ProblemTypeAsync(response));
    }
}
