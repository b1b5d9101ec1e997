using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Notices.Attachments;
using Portal.Domain.Residents.References;
using Portal.Functions.Tests.Accounts;
using Portal.Functions.Tests.Notices.Agency;
using Portal.Functions.Tests.Notices.Inbox;

namespace Portal.Functions.Tests.Notices.Attachments;

/// <summary>
/// PDFs on お知らせ: an agency uploads a file and names it in a notice; a resident who sees the notice gets a link that
/// serves the same bytes as a download for minutes, and never once the notice is withdrawn. Refused files and names
/// store nothing, and an agency can only name its own uploads.
/// </summary>
public sealed class NoticeAttachmentHttpTests(NoticeInboxFixture fixture) : IClassFixture<NoticeInboxFixture>
{
    private const string Chiyoda = "131016";
    private const string ChiyodaAddress = "東京都千代田区霞が関2-1-2";
    private const string OsakaAddress = "大阪府大阪市北区中之島1-3-20";
    private const string Problem = "https://portal.example/problems/";

    private AccountsApi Api => fixture.Api;

    private InboxSeeds Seeds => new(Api);

    [Fact]
    public async Task A_resident_downloads_the_uploaded_pdf_of_a_notice_to_their_area_with_its_name_as_an_attachment()
    {
        var (_, residentToken) = await Seeds.ResidentAsync(ChiyodaAddress);
        var agency = await AgencyTokenAsync("chiyoda-attach");
        var pdf = NoticeAttachmentFiles.Pdf();
        var upload = await AccountsApi.ExpectAsync(await UploadAsync(agency, pdf), 201);
        var before = await CountAsync();

        var sent = await AccountsApi.ExpectAsync(await SendAsync(agency, NoticeBodies.Everyone().With("attachments",
            new[] { new { id = upload.GetProperty("id").GetString(), name = "検診のご案内.pdf" } })), 201);
        var detail = await AccountsApi.ExpectAsync(
            await Api.SendAsync(HttpMethod.Get, $"/api/me/notices/{sent.GetProperty("id").GetString()}", residentToken), 200);
        var listed = Assert.Single(detail.GetProperty("attachments").EnumerateArray());
        var download = await DownloadAsync(listed.GetProperty("url").GetString()!);

        Assert.Equal(before + 1, await CountAsync());
        Assert.Equal(pdf.Length, upload.GetProperty("size").GetInt64());
        Assert.Equal("検診のご案内.pdf", Assert.Single(sent.GetProperty("attachments").EnumerateArray()).GetProperty("name").GetString());
        Assert.Equal("検診のご案内.pdf", listed.GetProperty("name").GetString());
        Assert.Equal(pdf.Length, listed.GetProperty("size").GetInt64());
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("検診のご案内.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("nosniff", Assert.Single(download.Headers.GetValues("X-Content-Type-Options")));
    }

    public static TheoryData<string, int, string> RefusedFiles => new()
    {
        { "a PNG sent as a PDF", 415, "notice-attachment-not-pdf" },
        { "one byte over 5 MB", 413, "attachment-too-large" },
        { "the EICAR test file", 422, "malware-detected" },
    };

    [Theory]
    [MemberData(nameof(RefusedFiles))]
    public async Task A_refused_upload_is_a_problem_and_stores_nothing(string why, int status, string type)
    {
        var clientId = "chiyoda-refused-" + Guid.NewGuid().ToString("N")[..8];
        var agency = await AgencyTokenAsync(clientId);
        var file = why switch
        {
            "a PNG sent as a PDF" => NoticeAttachmentFiles.Png,
            "one byte over 5 MB" => NoticeAttachmentFiles.TooLarge,
            _ => NoticeAttachmentFiles.PdfWithEicar,
        };

        var response = await UploadAsync(agency, file, declareLength: false);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(type, await AccountsApi.ProblemTypeAsync(response));
        Assert.Empty(await Api.Host.Services.GetRequiredService<NoticeAttachmentStore>().ListAsync(clientId, CancellationToken.None));
    }

    public static TheoryData<string, string, string> BadAttachmentLists => new()
    {
        { "a name with a path", "attachments[0].name", "path-in-name" },
        { "a name with a control character", "attachments[0].name", "control-characters" },
        { "a name over 100 characters", "attachments[0].name", "too-long" },
        { "no name", "attachments[0].name", "required" },
        { "the same file twice", "attachments[1].id", "duplicate" },
        { "six files", "attachments", "too-many" },
        { "an id that was never uploaded", "attachments[0].id", "unknown-attachment" },
        { "another agency's upload", "attachments[0].id", "unknown-attachment" },
    };

    [Theory]
    [MemberData(nameof(BadAttachmentLists))]
    public async Task A_notice_with_a_bad_attachment_list_is_refused_naming_the_field_and_stores_nothing(string why, string field, string code)
    {
        var agency = await AgencyTokenAsync("chiyoda-attach-bad");
        var other = await AgencyTokenAsync("chiyoda-attach-other");
        var mine = (await AccountsApi.ExpectAsync(await UploadAsync(agency, NoticeAttachmentFiles.Pdf()), 201)).GetProperty("id").GetString();
        var theirs = (await AccountsApi.ExpectAsync(await UploadAsync(other, NoticeAttachmentFiles.Pdf()), 201)).GetProperty("id").GetString();
        object File(string? id, string? name = "案内.pdf") => new { id, name };
        var list = why switch
        {
            "a name with a path" => new[] { File(mine, "../案内.pdf") },
            "a name with a control character" => [File(mine, "案内\u0007.pdf")],
            "a name over 100 characters" => [File(mine, new string('案', 101) + ".pdf")],
            "no name" => [File(mine, null)],
            "the same file twice" => [File(mine), File(mine, "もう一度.pdf")],
            "six files" => [.. Enumerable.Range(0, 6).Select(i => File(mine, $"{i}.pdf"))],
            "an id that was never uploaded" => [File("nat-AAAAAAAAAAAAAAAA")],
            _ => [File(theirs)],
        };
        var before = await CountAsync();

        var response = await SendAsync(agency, NoticeBodies.Everyone().With("attachments", list));

        var problem = await AccountsApi.ExpectAsync(response, 400);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Problem + "notice-invalid", problem.GetProperty("type").GetString());
        Assert.Contains(problem.GetProperty("errors").EnumerateArray(),
            e => e.GetProperty("field").GetString() == field && e.GetProperty("code").GetString() == code);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task A_personal_notices_attachment_is_only_for_its_resident_and_a_resident_elsewhere_gets_no_link_to_an_area_notice()
    {
        var (resident, residentToken) = await Seeds.ResidentAsync(ChiyodaAddress);
        var (_, neighbourToken) = await Seeds.ResidentAsync(ChiyodaAddress);
        var (_, osakaToken) = await Seeds.ResidentAsync(OsakaAddress);
        var agency = await AgencyTokenAsync("chiyoda-attach-personal");
        var residentRef = await Api.Host.Services.GetRequiredService<ResidentRefIndex>().GiveOutAsync(Chiyoda, resident, CancellationToken.None);
        var personal = await SendWithFileAsync(agency, NoticeBodies.Everyone().With("audience", new { kind = "resident", residentRef }));
        var area = await SendWithFileAsync(agency, NoticeBodies.Everyone());

        var link = await LinkAsync(residentToken, personal);
        var tampered = link[..^3] + (link[^3] == 'A' ? "B" : "A") + link[^2..];

        Assert.Equal(HttpStatusCode.OK, (await DownloadAsync(link)).StatusCode);
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Get, $"/api/me/notices/{personal}", neighbourToken), 404);
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Get, $"/api/me/notices/{area}", osakaToken), 404);
        var refused = await DownloadAsync(tampered);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal("notice-attachment-link-invalid", await AccountsApi.ProblemTypeAsync(refused));
    }

    [Fact]
    public async Task The_link_stops_working_when_it_expires_and_when_the_notice_is_withdrawn()
    {
        var (resident, residentToken) = await Seeds.ResidentAsync(ChiyodaAddress);
        var agency = await AgencyTokenAsync("chiyoda-attach-expiry");
        var id = await SendWithFileAsync(agency, NoticeBodies.Everyone());

        var expiring = await LinkAsync(residentToken, id);
        Api.Clock.Advance(NoticeAttachmentLinks.Lifetime + TimeSpan.FromSeconds(1));
        var afterExpiry = await DownloadAsync(expiring);
        // The access tokens last as long as a link: both are issued again, as a signed-in client would.
        residentToken = await Api.TokenAsync(resident, "openid", "portal");
        agency = await AgencyTokenAsync("chiyoda-attach-expiry");
        var fresh = await LinkAsync(residentToken, id);
        var beforeWithdrawal = await DownloadAsync(fresh);
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Delete, $"/api/agency/notices/{id}", agency), 200);
        var afterWithdrawal = await DownloadAsync(fresh);

        Assert.Equal(HttpStatusCode.NotFound, afterExpiry.StatusCode);
        Assert.Equal("notice-attachment-link-invalid", await AccountsApi.ProblemTypeAsync(afterExpiry));
        Assert.Equal(HttpStatusCode.OK, beforeWithdrawal.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, afterWithdrawal.StatusCode);
        Assert.Equal("notice-attachment-link-invalid", await AccountsApi.ProblemTypeAsync(afterWithdrawal));
        Assert.DoesNotContain(resident, expiring, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scheduled_notices_attachments_can_be_replaced_or_removed_by_a_patch()
    {
        var agency = await AgencyTokenAsync("chiyoda-attach-patch");
        var first = (await AccountsApi.ExpectAsync(await UploadAsync(agency, NoticeAttachmentFiles.Pdf()), 201)).GetProperty("id").GetString();
        var second = (await AccountsApi.ExpectAsync(await UploadAsync(agency, NoticeAttachmentFiles.Pdf()), 201)).GetProperty("id").GetString();
        var sent = await AccountsApi.ExpectAsync(await SendAsync(agency, NoticeBodies.Scheduled()
            .With("publishAt", Api.Clock.GetUtcNow().AddDays(2)).With("expiresAt", Api.Clock.GetUtcNow().AddDays(10))
            .With("attachments", new[] { new { id = first, name = "旧.pdf" } })), 201);
        var id = sent.GetProperty("id").GetString();

        var replaced = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Patch, $"/api/agency/notices/{id}", agency,
            new { attachments = new[] { new { id = second, name = "新.pdf" } } }), 200);
        var removed = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Patch, $"/api/agency/notices/{id}", agency,
            new Dictionary<string, object?> { ["attachments"] = null }), 200);

        var now = Assert.Single(replaced.GetProperty("attachments").EnumerateArray());
        Assert.Equal((second, "新.pdf"), (now.GetProperty("id").GetString(), now.GetProperty("name").GetString()));
        Assert.Empty(removed.GetProperty("attachments").EnumerateArray());
    }

    [Fact]
    public async Task Deleting_an_account_deletes_the_files_of_its_personal_notices_but_not_one_another_residents_notice_still_names()
    {
        var clientId = "chiyoda-attach-deleted-" + Guid.NewGuid().ToString("N")[..8];
        var agency = await AgencyTokenAsync(clientId);
        var (leaving, leavingToken) = await Seeds.ResidentAsync(ChiyodaAddress);
        var (staying, stayingToken) = await Seeds.ResidentAsync(ChiyodaAddress);
        var refs = Api.Host.Services.GetRequiredService<ResidentRefIndex>();
        var toLeaving = new { kind = "resident", residentRef = await refs.GiveOutAsync(Chiyoda, leaving, CancellationToken.None) };
        var toStaying = new { kind = "resident", residentRef = await refs.GiveOutAsync(Chiyoda, staying, CancellationToken.None) };
        var own = (await AccountsApi.ExpectAsync(await UploadAsync(agency, NoticeAttachmentFiles.Pdf()), 201)).GetProperty("id").GetString();
        var shared = (await AccountsApi.ExpectAsync(await UploadAsync(agency, NoticeAttachmentFiles.Pdf()), 201)).GetProperty("id").GetString();
        await AccountsApi.ExpectAsync(await SendAsync(agency, NoticeBodies.Everyone().With("audience", toLeaving)
            .With("attachments", new[] { new { id = own, name = "あなたの通知書.pdf" }, new { id = shared, name = "制度のご案内.pdf" } })), 201);
        var stayingNotice = (await AccountsApi.ExpectAsync(await SendAsync(agency, NoticeBodies.Everyone().With("audience", toStaying)
            .With("attachments", new[] { new { id = shared, name = "制度のご案内.pdf" } })), 201)).GetProperty("id").GetString()!;
        var files = Api.Host.Services.GetRequiredService<NoticeAttachmentStore>();
        Assert.Equal(2, (await files.ListAsync(clientId, CancellationToken.None)).Count);

        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Delete, "/api/me", leavingToken), 200);

        Assert.Equal([NoticeAttachmentStore.BlobName(clientId, shared!)], await files.ListAsync(clientId, CancellationToken.None));
        Assert.Equal(HttpStatusCode.OK, (await DownloadAsync(await LinkAsync(stayingToken, stayingNotice))).StatusCode);
    }

    private async Task<string> SendWithFileAsync(string agency, Dictionary<string, object?> body)
    {
        var upload = await AccountsApi.ExpectAsync(await UploadAsync(agency, NoticeAttachmentFiles.Pdf()), 201);
        var sent = await AccountsApi.ExpectAsync(await SendAsync(agency,
            body.With("attachments", new[] { new { id = upload.GetProperty("id").GetString(), name = "案内.pdf" } })), 201);
        return sent.GetProperty("id").GetString()!;
    }

    private async Task<string> LinkAsync(string residentToken, string noticeId)
    {
        var detail = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, $"/api/me/notices/{noticeId}", residentToken), 200);
        return Assert.Single(detail.GetProperty("attachments").EnumerateArray()).GetProperty("url").GetString()!;
    }

    /// <summary>As a browser opens the link: no bearer token.</summary>
    private Task<HttpResponseMessage> DownloadAsync(string url) => Api.SendAsync(HttpMethod.Get, url, null);

    private Task<HttpResponseMessage> UploadAsync(string token, byte[] file, bool declareLength = true) =>
        Api.SendAsync(HttpMethod.Post, "/api/agency/notices/attachments", token, configure: request =>
        {
            request.Content = declareLength ? new ByteArrayContent(file) : new StreamContent(new UnseekableStream(file));
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        });

    private Task<HttpResponseMessage> SendAsync(string token, object body) =>
        Api.SendAsync(HttpMethod.Post, "/api/agency/notices", token, body, r => r.Headers.Add("Idempotency-Key", NoticeBodies.NewKey()));

    private Task<int> CountAsync() => AgencyNoticeApiHost.CountNoticeDocumentsAsync(Api.Host.Services);

    private Task<string> AgencyTokenAsync(string clientId) =>
        AgencyNoticeApiHost.AgencyTokenAsync(Api.Host.Services, clientId, "千代田区", new AgencyBinding(Chiyoda, null));

    /// <summary>A body whose length is not known up front (chunked), so only the server's counting can stop it.</summary>
    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
