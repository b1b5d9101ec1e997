using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Applications;
using Portal.Domain.Applications.Status;
using Portal.Domain.Identity.Certificates;
using Portal.Functions.Tests.Accounts;
using Portal.Functions.Tests.Drafts;
using Portal.Functions.Tests.Identity;
using Portal.Functions.Tests.Procedures;
using Portal.Testing;
using Portal.Testing.PublicFundsAccounts;
using Portal.Testing.Signing;

namespace Portal.Functions.Tests.Applications;

/// <summary>電子申請の送信 over HTTP: a draft, 202 with the card request, the real signer signs, 201 with the 受付番号.</summary>
public sealed class SubmissionHttpTests(DraftsApiFixture fixture) : IClassFixture<DraftsApiFixture>
{
    /// <summary>A complete answer to the child allowance form.</summary>
    internal const string ChildAllowanceAnswers = """
        { "applicant": { "name": "山田 太郎", "kana": "ヤマダ タロウ", "birthDate": "1988-04-02", "postalCode": "100-0014",
                         "address": "東京都千代田区永田町1-7-1", "phone": "03-1234-5678", "occupation": "employee", "pension": "employees" },
          "hasSpouse": true, "spouse": { "name": "山田 花子", "kana": "ヤマダ ハナコ", "birthDate": "1990-10-10" },
          "children": [ { "name": "山田 一郎", "kana": "ヤマダ イチロウ", "birthDate": "2025-05-20", "relationship": "child", "livesTogether": true } ],
          "usePublicFundsAccount": true }
        """;

    private AccountsApi Api => fixture.Api;

    [Fact]
    public async Task A_signed_application_is_202_until_the_card_signs_then_201_with_a_receipt_number_and_a_confirmation_mail()
    {
        var card = fixture.Pki.Issue();
        var (_, token, email) = await Api.RegisteredWithCardAsync(card);
        var draftId = await DraftAsync(token, SmallCatalog.ChildAllowance, ChildAllowanceAnswers);
        var key = Guid.NewGuid().ToString();

        var accepted = await SubmitAsync(token, key, new { draftId, notifyByEmail = true });
        var pending = await AccountsApi.ExpectAsync(accepted, 202);
        Assert.Equal("pending-signature", pending.GetProperty("state").GetString());
        var submissionId = pending.GetProperty("submissionId").GetString()!;
        Assert.Equal($"/api/me/submissions/{submissionId}", accepted.Headers.Location?.ToString());
        var link = pending.GetProperty("cardRequest").GetProperty("signerLink").GetString()!;
        Assert.Equal($"{AccountsApi.Issuer}/card-requests/{pending.GetProperty("cardRequest").GetProperty("id").GetString()}", link);
        Assert.Equal(202, (int)(await Api.SendAsync(HttpMethod.Get, $"/api/me/submissions/{submissionId}", token)).StatusCode);

        await SignAsync(pending.GetProperty("cardRequest"), card);
        var done = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, $"/api/me/submissions/{submissionId}", token), 200);

        Assert.Equal("submitted", done.GetProperty("state").GetString());
        Assert.Equal("arrived", done.GetProperty("status").GetString());
        var receipt = done.GetProperty("receiptNumber").GetString()!;
        Assert.Matches("^[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]$", receipt);
        Assert.False(done.TryGetProperty("cardRequest", out _));
        // The same key again: the same application, never a second one.
        var again = await SubmitAsync(token, key, new { draftId, notifyByEmail = true });
        var replay = await AccountsApi.ExpectAsync(again, 201);
        Assert.Equal(receipt, replay.GetProperty("receiptNumber").GetString());
        Assert.Equal($"/api/me/applications/{receipt}", again.Headers.Location?.ToString());
        // The draft is gone, and the confirmation names the receipt number.
        Assert.Equal(404, (int)(await Api.SendAsync(HttpMethod.Get, $"/api/me/drafts/{draftId}", token)).StatusCode);
        var mail = await ConfirmationTextAsync(email);
        Assert.Contains(receipt, mail);
        Assert.Contains("児童手当の認定請求", mail);
    }

    [Fact]
    public async Task A_signature_made_with_another_residents_card_is_refused_and_the_submission_stays_pending()
    {
        var submitterCard = fixture.Pki.Issue();
        var (_, token, _) = await Api.RegisteredWithCardAsync(submitterCard);
        var someoneElsesCard = fixture.Pki.Issue();
        var draftId = await DraftAsync(token, SmallCatalog.ChildAllowance, ChildAllowanceAnswers);
        var pending = await AccountsApi.ExpectAsync(await SubmitAsync(token, Guid.NewGuid().ToString(), new { draftId }), 202);
        var cardRequest = pending.GetProperty("cardRequest");

        var run = await RealSigner.RunAsync(Api.Client, ["sign", cardRequest.GetProperty("signerLink").GetString()!, "--card", someoneElsesCard],
            $"{cardRequest.GetProperty("userCode").GetString()}\n{IdentityPki.AuthPin}\n{IdentityPki.SignPin}\n");

        Assert.Equal(Signer.Cli.ExitCodes.CertificateRefused, run.ExitCode);
        Assert.Contains("申請したアカウントのマイナンバーカードではありません", run.Error);
        var still = await Api.SendAsync(HttpMethod.Get, $"/api/me/submissions/{pending.GetProperty("submissionId").GetString()}", token);
        Assert.Equal(202, (int)still.StatusCode);
        Assert.Empty((await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, "/api/me/applications", token), 200))
            .GetProperty("items").EnumerateArray());
        // The submitter's own card still signs it.
        await SignAsync(cardRequest, submitterCard);
        Assert.Equal(200, (int)(await Api.SendAsync(HttpMethod.Get, $"/api/me/submissions/{pending.GetProperty("submissionId").GetString()}", token)).StatusCode);
    }

    [Fact]
    public async Task A_correction_is_signed_again_and_stored_under_the_same_receipt_number()
    {
        var card = fixture.Pki.Issue();
        var (_, token, _) = await Api.RegisteredWithCardAsync(card);
        var first = await DraftAsync(token, SmallCatalog.ChildAllowance, ChildAllowanceAnswers);
        var pending = await AccountsApi.ExpectAsync(await SubmitAsync(token, Guid.NewGuid().ToString(), new { draftId = first }), 202);
        await SignAsync(pending.GetProperty("cardRequest"), card);
        var receipt = (await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get,
            $"/api/me/submissions/{pending.GetProperty("submissionId").GetString()}", token), 200)).GetProperty("receiptNumber").GetString()!;
        await RequestCorrectionAsync(receipt);
        var answers = JsonNode.Parse(ChildAllowanceAnswers)!;
        answers["applicant"]!["phone"] = "03-9999-0000";
        var corrected = await DraftAsync(token, SmallCatalog.ChildAllowance, answers.ToJsonString());

        var correction = await AccountsApi.ExpectAsync(
            await SubmitAsync(token, Guid.NewGuid().ToString(), new { draftId = corrected, correctionOf = receipt }), 202);
        await SignAsync(correction.GetProperty("cardRequest"), card);
        var done = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get,
            $"/api/me/submissions/{correction.GetProperty("submissionId").GetString()}", token), 200);

        Assert.Equal(receipt, done.GetProperty("receiptNumber").GetString());
        Assert.Equal("under-review", done.GetProperty("status").GetString());
        var application = (await Api.Host.Services.GetRequiredService<ApplicationRepository>()
            .ReadAsync(SmallCatalog.Chiyoda, receipt, CancellationToken.None))!.Document;
        Assert.Equal([1, 2], application.Revisions.Select(r => r.Number));
        Assert.All(application.Revisions, r => Assert.NotNull(r.Cms));
    }

    [Fact]
    public async Task A_signing_certificate_revoked_before_the_application_is_stored_is_a_certificate_revoked_problem()
    {
        var card = fixture.Pki.Issue();
        var (_, token, _) = await Api.RegisteredWithCardAsync(card);
        var draftId = await DraftAsync(token, SmallCatalog.ChildAllowance, ChildAllowanceAnswers);
        var pending = await AccountsApi.ExpectAsync(await SubmitAsync(token, Guid.NewGuid().ToString(), new { draftId }), 202);
        await SignAsync(pending.GetProperty("cardRequest"), card);

        TestCardTool.Run("revoke", "--ca", fixture.Pki.CaFolder, "--card", card, "--key", "sign");
        await Api.Host.Services.GetRequiredService<CrlRefresher>().RefreshAsync(CancellationToken.None);
        var response = await Api.SendAsync(HttpMethod.Get, $"/api/me/submissions/{pending.GetProperty("submissionId").GetString()}", token);

        Assert.Equal(403, (int)response.StatusCode);
        Assert.Equal("certificate-revoked", await AccountsApi.ProblemTypeAsync(response));
    }

    [Fact]
    public async Task Without_an_Idempotency_Key_the_submission_is_a_Japanese_bad_request_problem()
    {
        var (_, token, _) = await Api.RegisteredAsync();
        var draftId = await DraftAsync(token, SmallCatalog.ChildAllowance, ChildAllowanceAnswers);

        var response = await Api.SendAsync(HttpMethod.Post, "/api/me/applications", token, new { draftId });

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal("idempotency-key-invalid", await AccountsApi.ProblemTypeAsync(response));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("Idempotency-Key", problem.GetProperty("detail").GetString());
        Assert.Contains("指定してください", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Answers_that_fail_the_form_are_an_application_invalid_problem_listing_every_field()
    {
        var (_, token, _) = await Api.RegisteredAsync();
        var answers = JsonNode.Parse(ChildAllowanceAnswers)!;
        answers["applicant"]!.AsObject().Remove("name");
        answers["applicant"]!["postalCode"] = "郵便番号";
        var draftId = await DraftAsync(token, SmallCatalog.ChildAllowance, answers.ToJsonString());

        var response = await SubmitAsync(token, Guid.NewGuid().ToString(), new { draftId });

        Assert.Equal(422, (int)response.StatusCode);
        Assert.Equal("application-invalid", await AccountsApi.ProblemTypeAsync(response));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["applicant.name", "applicant.postalCode"],
            problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()).Order());
        Assert.All(problem.GetProperty("errors").EnumerateArray(), e => Assert.False(string.IsNullOrEmpty(e.GetProperty("detail").GetString())));
    }

    [Fact]
    public async Task A_procedure_not_offered_online_there_is_a_problem_pointing_at_the_print_endpoint()
    {
        var (_, token, _) = await Api.RegisteredAsync();
        var draftId = await DraftAsync(token, SmallCatalog.Nursery, "{}");

        var response = await SubmitAsync(token, Guid.NewGuid().ToString(), new { draftId });

        Assert.Equal(422, (int)response.StatusCode);
        Assert.Equal("application-not-online", await AccountsApi.ProblemTypeAsync(response));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal($"/api/me/drafts/{draftId}/print", problem.GetProperty("printUrl").GetString());
        Assert.Contains("印刷", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_same_key_for_another_draft_is_an_idempotency_key_reused_problem()
    {
        var (_, token, _) = await Api.RegisteredAsync();
        var first = await DraftAsync(token, SmallCatalog.ChildAllowance, ChildAllowanceAnswers);
        var second = await DraftAsync(token, SmallCatalog.ChildAllowance, ChildAllowanceAnswers);
        AccountsApi.Expect(await SubmitAsync(token, "same-key", new { draftId = first }), 202);

        var response = await SubmitAsync(token, "same-key", new { draftId = second });

        Assert.Equal(422, (int)response.StatusCode);
        Assert.Equal("idempotency-key-reused", await AccountsApi.ProblemTypeAsync(response));
    }

    [Fact]
    public async Task Another_residents_submission_is_not_found_and_no_token_is_unauthorized()
    {
        var (_, token, _) = await Api.RegisteredAsync();
        var draftId = await DraftAsync(token, SmallCatalog.ChildAllowance, ChildAllowanceAnswers);
        var pending = await AccountsApi.ExpectAsync(await SubmitAsync(token, Guid.NewGuid().ToString(), new { draftId }), 202);
        var (_, other, _) = await Api.RegisteredAsync();

        var response = await Api.SendAsync(HttpMethod.Get, $"/api/me/submissions/{pending.GetProperty("submissionId").GetString()}", other);

        Assert.Equal(404, (int)response.StatusCode);
        Assert.Equal("submission-not-found", await AccountsApi.ProblemTypeAsync(response));
        Assert.Equal(401, (int)(await Api.SendAsync(HttpMethod.Post, "/api/me/applications", null, new { draftId })).StatusCode);
    }

    /// <summary>The agency's part, through the host's store: accepted, under review, then 補正依頼.</summary>
    private async Task RequestCorrectionAsync(string receipt)
    {
        var applications = Api.Host.Services.GetRequiredService<ApplicationRepository>();
        var stored = (await applications.ReadAsync(SmallCatalog.Chiyoda, receipt, CancellationToken.None))!;
        var now = Api.Clock.GetUtcNow();
        await applications.ReplaceAsync(stored.Document
            .WithStatus(ApplicationStatus.Accepted, StatusActor.Agency, now)
            .WithStatus(ApplicationStatus.UnderReview, StatusActor.Agency, now)
            .WithStatus(ApplicationStatus.CorrectionRequested, StatusActor.Agency, now, "電話番号を確認してください。"),
            stored.ETag, CancellationToken.None);
    }

    private async Task<string> DraftAsync(string token, string procedureId, string answers)
    {
        // 「公金受取口座を利用する」 needs one registered: these tests are about the submission, not the account.
        await TestPublicFundsAccounts.RegisterForTokenAsync(Api.Host.Services, token);
        var draft = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Post, "/api/me/drafts", token,
            new { procedureId, localGovernmentCode = SmallCatalog.Chiyoda, data = JsonNode.Parse(answers) }), 201);
        return draft.GetProperty("id").GetString()!;
    }

    private Task<HttpResponseMessage> SubmitAsync(string token, string key, object body) =>
        Api.SendAsync(HttpMethod.Post, "/api/me/applications", token, body, request => request.Headers.Add("Idempotency-Key", key));

    /// <summary>
    /// The real signer answers the submission's card request with a software card (no reader, no pcscd): the resident
    /// types the code shown with the submission, then both PINs; one card session answers with both keys.
    /// </summary>
    private Task<RealSigner.Run> SignAsync(JsonElement cardRequest, string card) =>
        RealSigner.AnswerAsync(Api.Client, ["sign", cardRequest.GetProperty("signerLink").GetString()!, "--card", card],
            $"{cardRequest.GetProperty("userCode").GetString()}\n{IdentityPki.AuthPin}\n{IdentityPki.SignPin}\n");

    /// <summary>The confirmation mail's text (the address also got the registration code: that one is skipped).</summary>
    private async Task<string> ConfirmationTextAsync(string email)
    {
        using var http = new HttpClient();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            var mails = await http.GetFromJsonAsync<JsonElement>(new Uri(Api.Stack.Smtp.WebUrl, "api/email"));
            foreach (var mail in mails.EnumerateArray())
            {
                if (mail.GetProperty("to").EnumerateArray().Any(r => r.GetProperty("address").GetString() == email)
                    && mail.GetProperty("subject").GetString()!.Contains("受付番号", StringComparison.Ordinal))
                {
                    return mail.GetProperty("text").GetString()!;
                }
            }
            Assert.True(DateTime.UtcNow < deadline, $"No confirmation mail to {email} within 60 s.");
            await Task.Delay(200);
        }
    }
}
