using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Drafts;
using Portal.Domain.Drafts.Attachments;
using LocalFunctions.Hosting.Functions;
using Portal.Functions.Tests.Accounts;
using Portal.Functions.Tests.Procedures;

namespace Portal.Functions.Tests.Drafts;

/// <summary>一時保存 over HTTP: merge patch one answer at a time, ETags across devices, refusals, files, やること.</summary>
public sealed class DraftHttpTests(DraftsApiFixture fixture) : IClassFixture<DraftsApiFixture>
{
    private const string IndividualNumber = "123456789018";

    private AccountsApi Api => fixture.Api;

    private async Task<(string Token, JsonElement Draft, string ETag)> NewDraftAsync(object? data = null) =>
        (await NewDraftWithAccountAsync(data)) is var (_, token, draft, etag) ? (token, draft, etag) : default;

    private async Task<(string AccountId, string Token, JsonElement Draft, string ETag)> NewDraftWithAccountAsync(object? data = null)
    {
        var (accountId, token, _) = await Api.RegisteredAsync();
        var response = await Api.SendAsync(HttpMethod.Post, "/api/me/drafts", token,
            new { procedureId = SmallCatalog.ChildAllowance, localGovernmentCode = SmallCatalog.Chiyoda, data });
        var draft = await AccountsApi.ExpectAsync(response, 201);
        Assert.Equal($"/api/me/drafts/{draft.GetProperty("id").GetString()}", response.Headers.Location?.ToString());
        return (accountId, token, draft, response.Headers.ETag!.ToString());
    }

    private Task<HttpResponseMessage> PatchAsync(string token, string id, string patch, string? ifMatch = null) =>
        Api.SendAsync(HttpMethod.Patch, $"/api/me/drafts/{id}", token, configure: request =>
        {
            request.Content = new StringContent(patch, Encoding.UTF8, "application/merge-patch+json");
            if (ifMatch is not null)
            {
                request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
            }
        });

    private Task<HttpResponseMessage> UploadAsync(string token, string id, string name, byte[] content) =>
        Api.SendAsync(HttpMethod.Post, $"/api/me/drafts/{id}/attachments?name={Uri.EscapeDataString(name)}", token, configure: request =>
        {
            request.Content = new ByteArrayContent(content);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        });

    [Fact]
    public async Task A_draft_is_created_patched_one_answer_at_a_time_listed_in_todo_and_deleted()
    {
        var (token, draft, _) = await NewDraftAsync();
        var id = draft.GetProperty("id").GetString()!;

        AccountsApi.Expect(await PatchAsync(token, id, """{"applicantName":"山田花子"}"""), 200);
        AccountsApi.Expect(await PatchAsync(token, id, """{"children":[{"name":"山田太郎"}]}"""), 200);
        AccountsApi.Expect(await PatchAsync(token, id, """{"applicantName":null,"phone":"03-1234-5678"}"""), 200);
        var read = await Api.SendAsync(HttpMethod.Get, $"/api/me/drafts/{id}", token);
        var body = await AccountsApi.ExpectAsync(read, 200);
        Assert.Equal("""{"children":[{"name":"山田太郎"}],"phone":"03-1234-5678"}""", body.GetProperty("data").GetRawText());
        Assert.Equal(read.Headers.ETag!.ToString(), body.GetProperty("eTag").GetString());

        var list = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, "/api/me/drafts", token), 200);
        Assert.Equal(id, list.GetProperty("items")[0].GetProperty("id").GetString());
        var todo = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, "/api/me/todo", token), 200);
        var item = Assert.Single(todo.GetProperty("items").EnumerateArray());
        Assert.Equal("draft", item.GetProperty("kind").GetString());
        Assert.Equal("児童手当の認定請求", item.GetProperty("procedureName").GetString());
        Assert.Equal("千代田区", item.GetProperty("localGovernmentName").GetString());
        Assert.True(item.TryGetProperty("updatedAt", out _));
        Assert.InRange(item.GetProperty("progress").GetInt32(), 0, 100);

        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Delete, $"/api/me/drafts/{id}", token), 204);
        var gone = await Api.SendAsync(HttpMethod.Get, $"/api/me/drafts/{id}", token);
        AccountsApi.Expect(gone, 404);
        Assert.Equal("draft-not-found", await AccountsApi.ProblemTypeAsync(gone));
    }

    [Fact]
    public async Task Two_devices_the_stale_write_gets_412_with_the_current_draft_and_its_retry_keeps_both_answers()
    {
        var (token, draft, etag) = await NewDraftAsync();
        var id = draft.GetProperty("id").GetString()!;

        AccountsApi.Expect(await PatchAsync(token, id, """{"phone":"090-1234-5678"}""", etag), 200);
        var stale = await PatchAsync(token, id, """{"email":"hanako@example.jp"}""", etag);

        AccountsApi.Expect(stale, 412);
        Assert.Equal("draft-conflict", await AccountsApi.ProblemTypeAsync(stale));
        var problem = JsonSerializer.Deserialize<JsonElement>(await stale.Content.ReadAsStringAsync());
        var current = problem.GetProperty("current");
        Assert.Equal("090-1234-5678", current.GetProperty("data").GetProperty("phone").GetString());
        var currentTag = stale.Headers.ETag!.ToString();
        Assert.Equal(currentTag, current.GetProperty("eTag").GetString());

        var retried = await AccountsApi.ExpectAsync(await PatchAsync(token, id, """{"email":"hanako@example.jp"}""", currentTag), 200);
        Assert.Equal("090-1234-5678", retried.GetProperty("data").GetProperty("phone").GetString());
        Assert.Equal("hanako@example.jp", retried.GetProperty("data").GetProperty("email").GetString());
    }

    [Theory]
    [InlineData("""{"note":"123456789018"}""")]
    [InlineData("""{"household":{"members":[{"memo":"1234 5678 9018"}]}}""")]
    public async Task An_individual_number_is_refused_with_an_explanation_and_is_neither_stored_nor_logged(string patch)
    {
        var (token, draft, _) = await NewDraftAsync(new { kept = "yes" });
        var id = draft.GetProperty("id").GetString()!;

        var refused = await PatchAsync(token, id, patch);

        AccountsApi.Expect(refused, 422);
        Assert.Equal("individual-number-refused", await AccountsApi.ProblemTypeAsync(refused));
        var text = await refused.Content.ReadAsStringAsync();
        Assert.Contains("マイナンバー", text);
        Assert.DoesNotContain("9018", text);
        var read = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, $"/api/me/drafts/{id}", token), 200);
        Assert.Equal("""{"kept":"yes"}""", read.GetProperty("data").GetRawText());
        var leaked = Api.Host.Root.Logs.Entries.Where(e => LooksLikeTheNumber(e.Message)
            || e.Scope.Values.Any(v => v?.ToString() is { } value && LooksLikeTheNumber(value))).Select(e => e.Message).ToList();
        Assert.Empty(leaked);
    }

    /// <summary>The number however written (random ids and times may hold four of its digits by chance; not all twelve).</summary>
    private static bool LooksLikeTheNumber(string text) =>
        text.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Contains(IndividualNumber, StringComparison.Ordinal);

    [Fact]
    public async Task An_individual_number_on_create_is_refused_and_nothing_is_created()
    {
        var (_, token, _) = await Api.RegisteredAsync();
        var refused = await Api.SendAsync(HttpMethod.Post, "/api/me/drafts", token,
            new { procedureId = SmallCatalog.ChildAllowance, localGovernmentCode = SmallCatalog.Chiyoda, data = new { n = "１２３４５６７８９０１８" } });
        AccountsApi.Expect(refused, 422);
        var list = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, "/api/me/drafts", token), 200);
        Assert.Equal(0, list.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task An_unknown_procedure_or_local_government_is_not_found()
    {
        var (_, token, _) = await Api.RegisteredAsync();
        var procedure = await Api.SendAsync(HttpMethod.Post, "/api/me/drafts", token,
            new { procedureId = "no-such-procedure", localGovernmentCode = SmallCatalog.Chiyoda });
        AccountsApi.Expect(procedure, 404);
        Assert.Equal("procedure-not-found", await AccountsApi.ProblemTypeAsync(procedure));
        var place = await Api.SendAsync(HttpMethod.Post, "/api/me/drafts", token,
            new { procedureId = SmallCatalog.ChildAllowance, localGovernmentCode = "999999" });
        AccountsApi.Expect(place, 404);
    }

    [Fact]
    public async Task Another_resident_gets_404_for_my_draft_and_its_files()
    {
        var (token, draft, _) = await NewDraftAsync();
        var id = draft.GetProperty("id").GetString()!;
        var file = await AccountsApi.ExpectAsync(await UploadAsync(token, id, "a.pdf", Files.Pdf), 201);
        var (_, other, _) = await Api.RegisteredAsync();

        foreach (var (method, path) in new[]
        {
            (HttpMethod.Get, $"/api/me/drafts/{id}"),
            (HttpMethod.Delete, $"/api/me/drafts/{id}"),
            (HttpMethod.Get, $"/api/me/drafts/{id}/attachments/{file.GetProperty("id").GetString()}"),
            (HttpMethod.Delete, $"/api/me/drafts/{id}/attachments/{file.GetProperty("id").GetString()}"),
        })
        {
            var response = await Api.SendAsync(method, path, other);
            AccountsApi.Expect(response, 404);
            Assert.Equal("draft-not-found", await AccountsApi.ProblemTypeAsync(response));
        }
        AccountsApi.Expect(await PatchAsync(other, id, """{"a":1}"""), 404);
        AccountsApi.Expect(await UploadAsync(other, id, "b.pdf", Files.Pdf), 404);
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Get, $"/api/me/drafts/{id}", token), 200);
    }

    [Fact]
    public async Task Files_are_checked_by_content_size_and_scan_and_go_with_the_draft()
    {
        var (accountId, token, draft, _) = await NewDraftWithAccountAsync();
        var id = draft.GetProperty("id").GetString()!;

        var png = await AccountsApi.ExpectAsync(await UploadAsync(token, id, "scan.pdf", Files.Png), 201);
        Assert.Equal("image/png", png.GetProperty("contentType").GetString());
        Assert.Equal("scan.pdf", png.GetProperty("name").GetString());
        var download = await Api.SendAsync(HttpMethod.Get, $"/api/me/drafts/{id}/attachments/{png.GetProperty("id").GetString()}", token);
        AccountsApi.Expect(download, 200);
        Assert.Equal("image/png", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Files.Png, await download.Content.ReadAsByteArrayAsync());

        foreach (var (name, content, status, type) in new[]
        {
            ("invoice.pdf", Files.Exe, 415, "attachment-type-not-allowed"),
            ("big.pdf", Files.PdfOfSize(AttachmentLimits.MaxBytes + 1), 413, "attachment-too-large"),
            ("eicar.pdf", Files.PdfWithEicar, 422, "malware-detected"),
        })
        {
            var refused = await UploadAsync(token, id, name, content);
            AccountsApi.Expect(refused, status);
            Assert.Equal(type, await AccountsApi.ProblemTypeAsync(refused));
        }

        var store = Api.Host.Services.GetRequiredService<AttachmentStore>();
        var read = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, $"/api/me/drafts/{id}", token), 200);
        Assert.Single(read.GetProperty("attachments").EnumerateArray());
        Assert.Single(await store.ListAsync(accountId, id, CancellationToken.None));

        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Delete, $"/api/me/drafts/{id}", token), 204);
        Assert.Empty(await store.ListAsync(accountId, id, CancellationToken.None));
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Get, $"/api/me/drafts/{id}/attachments/{png.GetProperty("id").GetString()}", token), 404);
    }

    [Fact]
    public async Task Deleting_the_account_deletes_its_drafts_and_files_and_the_drafts_endpoints_refuse_its_tokens()
    {
        var (accountId, token, draft, _) = await NewDraftWithAccountAsync();
        var id = draft.GetProperty("id").GetString()!;
        await AccountsApi.ExpectAsync(await UploadAsync(token, id, "a.pdf", Files.Pdf), 201);
        var store = Api.Host.Services.GetRequiredService<AttachmentStore>();

        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Delete, "/api/me", token), 200);
        Api.Clock.Advance(TimeSpan.FromSeconds(30));

        Assert.Empty(await Api.Host.Services.GetRequiredService<DraftRepository>().ListAsync(accountId, CancellationToken.None));
        Assert.Empty(await store.ListAsync(accountId, id, CancellationToken.None));
        foreach (var (method, path) in new[]
        {
            (HttpMethod.Get, "/api/me/drafts"),
            (HttpMethod.Get, $"/api/me/drafts/{id}"),
            (HttpMethod.Delete, $"/api/me/drafts/{id}"),
            (HttpMethod.Get, "/api/me/todo"),
        })
        {
            AccountsApi.Expect(await Api.SendAsync(method, path, token), 401);
        }
        AccountsApi.Expect(await PatchAsync(token, id, """{"a":1}"""), 401);
        AccountsApi.Expect(await UploadAsync(token, id, "b.pdf", Files.Pdf), 401);
    }

    [Fact]
    public void The_expiry_timer_is_served_by_the_local_host()
    {
        var catalog = Api.Host.Services.GetRequiredService<FunctionCatalog>();
        Assert.Contains(catalog.Timers, t => t.Name == "ExpireDrafts");
    }
}
