using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Duende.IdentityModel.Client;
using MynaCard.SoftwareCard;
using MynaCard.Testing;
using Portal.Domain.Identity.Clients;
using Portal.Functions.Tests.Accounts;
using Portal.Functions.Tests.Drafts;
using Portal.Functions.Tests.Identity;
using Portal.Functions.Tests.Procedures;
using Portal.Testing;
using Signer.Cli;
using Portal.Testing.PublicFundsAccounts;
using Portal.Testing.Signing;
using Xunit.Abstractions;

namespace Portal.Functions.Tests.EndToEnd;

/// <summary>
/// 電子申請, end to end on the local stack with every real part: a resident starts a draft, reads the card into the
/// profile and fills the draft from it, attaches a file and submits; the real signer CLI reads and signs with a
/// software card in vsmartcard's reader through pcscd; the portal answers a 受付番号; the agency (千代田区), with a
/// token from its own private_key_jwt, lists it, fetches it and verifies the CMS itself, downloads the file and moves
/// the status on; the resident sees every change, and 操作履歴 records each step.
/// </summary>
public sealed class ApplicationJourneyThroughPcscdTests(DraftsApiFixture fixture, PcscdFixture pcscd, ITestOutputHelper output)
    : IClassFixture<DraftsApiFixture>, IClassFixture<PcscdFixture>, IDisposable
{
    private const string AgencyId = "lg-131016-chiyoda";

    private readonly AgencyKey _agencyKey = AgencyKey.Ec();

    private AccountsApi Api => fixture.Api;

    public void Dispose() => _agencyKey.Dispose();

    [Fact]
    public async Task AResidentAppliesWithTheCardThroughPcscdAndTheAgencyVerifiesAndDecidesIt()
    {
        var cardFile = fixture.Pki.Issue();
        var (accountId, token, email) = await Api.RegisteredWithCardAsync(cardFile);
        // The answers choose 「公金受取口座を利用する」, which needs a registered account.
        await TestPublicFundsAccounts.RegisterAsync(Api.Host.Services, accountId);
        await using var card = SoftwareCard.Open(cardFile);
        await using var inserted = await pcscd.InsertAsync(card, output);

        // 一時保存: a draft of 児童手当の認定請求 for 千代田区.
        var draft = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Post, "/api/me/drafts", token,
            new { procedureId = SmallCatalog.ChildAllowance, localGovernmentCode = SmallCatalog.Chiyoda }), 201);
        var draftId = draft.GetProperty("id").GetString()!;

        // 券面事項入力補助: the signer reads the card's basic 4 items (with consent and the PIN) into the profile.
        var reading = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Post, "/api/me/profile/card-reading", token), 202);
        await SignerAsync("prefill", reading.GetProperty("signerLink").GetString()!, $"{reading.GetProperty("userCode").GetString()}\ny\n{IdentityPki.AuthPin}\n");
        var profile = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Post,
            $"/api/me/profile/card-reading/{reading.GetProperty("cardRequestId").GetString()}", token), 200);
        Assert.Equal("山田 花子", profile.GetProperty("name").GetString());
        var filled = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Post, $"/api/me/drafts/{draftId}/prefill", token), 200);
        var applicant = filled.GetProperty("draft").GetProperty("data").GetProperty("applicant");
        Assert.Equal("山田 花子", applicant.GetProperty("name").GetString());
        Assert.Equal("1990-04-01", applicant.GetProperty("birthDate").GetString());
        Assert.Equal("東京都千代田区霞が関2-1-2", applicant.GetProperty("address").GetString());

        // The rest of the answers (what the card does not hold), one merge patch, and the file.
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Patch, $"/api/me/drafts/{draftId}", token, configure: request =>
            request.Content = new StringContent("""
                { "applicant": { "kana": "ヤマダ ハナコ", "postalCode": "100-0013", "phone": "03-1234-5678",
                                 "occupation": "employee", "pension": "employees" },
                  "hasSpouse": false,
                  "children": [ { "name": "山田 一郎", "kana": "ヤマダ イチロウ", "birthDate": "2025-05-20",
                                  "relationship": "child", "livesTogether": true } ],
                  "usePublicFundsAccount": true }
                """, System.Text.Encoding.UTF8, "application/merge-patch+json")), 200);
        var file = Files.Pdf;
        AccountsApi.Expect(await Api.SendAsync(HttpMethod.Post, $"/api/me/drafts/{draftId}/attachments?name={Uri.EscapeDataString("健康保険証.pdf")}",
            token, configure: request =>
            {
                request.Content = new ByteArrayContent(file);
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            }), 201);

        // 電子申請: 202 with the sign card request and its code; in one card session through pcscd the authentication
        // key shows it is the submitter's card and the signing key signs.
        var key = Guid.NewGuid().ToString();
        var pending = await AccountsApi.ExpectAsync(await SubmitAsync(token, key, draftId), 202);
        var cardRequest = pending.GetProperty("cardRequest");
        await SignerAsync("sign", cardRequest.GetProperty("signerLink").GetString()!,
            $"{cardRequest.GetProperty("userCode").GetString()}\n{IdentityPki.AuthPin}\n{IdentityPki.SignPin}\n");
        var submitted = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get,
            $"/api/me/submissions/{pending.GetProperty("submissionId").GetString()}", token), 200);
        var receipt = submitted.GetProperty("receiptNumber").GetString()!;
        Assert.Matches("^[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]$", receipt);
        Assert.Equal(receipt, (await AccountsApi.ExpectAsync(await SubmitAsync(token, key, draftId), 201)).GetProperty("receiptNumber").GetString());
        var confirmation = await MailSink.WaitForAsync(Api.Stack, email, TimeSpan.FromSeconds(60),
            mail => mail.GetProperty("subject").GetString()!.Contains("受付番号", StringComparison.Ordinal));
        Assert.Contains(receipt, confirmation.GetProperty("text").GetString());

        // The agency: its own key, its own token, its own body's applications.
        var agency = await AgencyTokenAsync();
        var list = await AgencyGetAsync(agency, "/api/agency/applications?status=arrived");
        Assert.Contains(receipt, list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("receiptNumber").GetString()));
        var fetched = await AgencyGetAsync(agency, $"/api/agency/applications/{receipt}");
        // The applicant as this body knows them, the same in the list and the detail, and not the account's id.
        var residentRef = fetched.GetProperty("residentRef").GetString()!;
        Assert.Matches("^rr_[A-Za-z0-9_-]{22}$", residentRef);
        Assert.Equal(residentRef, list.GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("receiptNumber").GetString() == receipt).GetProperty("residentRef").GetString());
        var current = fetched.GetProperty("current");
        var document = Convert.FromBase64String(current.GetProperty("document").GetString()!);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(document)), current.GetProperty("documentSha256").GetString());
        var cms = new SignedCms(new ContentInfo(document), detached: true);
        cms.Decode(Convert.FromBase64String(current.GetProperty("cms").GetString()!));
        cms.CheckSignature(verifySignatureOnly: true);
        using var signer = X509CertificateLoader.LoadCertificate(Convert.FromBase64String(current.GetProperty("certificate").GetString()!));
        Assert.Equal(signer.Thumbprint, cms.SignerInfos[0].Certificate!.Thumbprint);
        Assert.Contains("Signature", signer.Issuer, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("山田 花子", current.GetProperty("parsedDocument").GetProperty("data").GetProperty("applicant").GetProperty("name").GetString());
        var attachment = current.GetProperty("attachments")[0];
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(file)), attachment.GetProperty("sha256").GetString());
        using (var download = await AgencySendAsync(agency, HttpMethod.Get, attachment.GetProperty("href").GetString()!))
        {
            Assert.Equal(file, await download.Content.ReadAsByteArrayAsync());
        }

        // 受付 → 審査中 → 完了, each with a comment the resident reads.
        foreach (var (status, comment) in new[] { ("accepted", "受け付けました。"), ("under-review", "審査を始めました。"), ("completed", "認定しました。") })
        {
            using var changed = await AgencySendAsync(agency, HttpMethod.Post, $"/api/agency/applications/{receipt}/status", new { status, comment });
            Assert.True(changed.IsSuccessStatusCode, $"{status}: {(int)changed.StatusCode} {await changed.Content.ReadAsStringAsync()}");
        }

        var seen = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, $"/api/me/applications/{receipt}", token), 200);
        Assert.Equal("completed", seen.GetProperty("status").GetProperty("code").GetString());
        Assert.Equal("完了", seen.GetProperty("status").GetProperty("label").GetString());
        Assert.False(seen.GetProperty("withdrawable").GetBoolean());
        Assert.Equal([("resident", "到達"), ("agency", "受付"), ("agency", "審査中"), ("agency", "完了")], seen.GetProperty("history")
            .EnumerateArray().Select(h => (h.GetProperty("actor").GetString(), h.GetProperty("to").GetProperty("label").GetString())));
        Assert.Equal("認定しました。", seen.GetProperty("history").EnumerateArray().Last().GetProperty("comment").GetString());
        var mine = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, "/api/me/applications", token), 200);
        Assert.Equal([receipt], mine.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("receiptNumber").GetString()));

        var operations = (await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, "/api/me/operations", token), 200))
            .GetProperty("items").EnumerateArray().Select(i => i.GetProperty("operation").GetString()).ToList();
        Assert.Contains("draft.prefill", operations);
        Assert.Contains("application.submit", operations);
        Assert.Contains("application.receive", operations);
        Assert.Contains("application.status.agency", operations);
        Assert.DoesNotContain(profile.GetProperty("address").GetString()!, ProfileReading.LogText(Api), StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> SubmitAsync(string token, string key, string draftId) =>
        Api.SendAsync(HttpMethod.Post, "/api/me/applications", token, new { draftId, notifyByEmail = true },
            request => request.Headers.Add("Idempotency-Key", key));

    /// <summary>The real signer CLI on the PC/SC path: the card sits in vpcd's reader, the signer finds it through pcscd.</summary>
    private async Task SignerAsync(string command, string link, string input)
    {
        var run = await RealSigner.RunAsync(Api.Client, [command, link, "--reader", PcscdFixture.Reader, "--verbose"], input);
        output.WriteLine(run.Output + run.Error);
        Assert.True(run.ExitCode == ExitCodes.Ok, $"signer {command} exit {run.ExitCode}: {run.Error}");
    }

    private async Task<string> AgencyTokenAsync()
    {
        await OAuthTestClients.SeedAsync(Api.Host.Services, new RegisteredClient
        {
            Id = AgencyId,
            Name = "千代田区",
            Kind = ClientKinds.Agency,
            AllowedGrantTypes = [GrantTypes.ClientCredentials],
            AllowedScopes = ["agency.procedures", "agency.applications"],
            Agency = new AgencyBinding(SmallCatalog.Chiyoda, null),
            Keys = [_agencyKey.Registered(Api.Clock.GetUtcNow())],
            CreatedAt = Api.Clock.GetUtcNow(),
        });
        var endpoint = $"{AccountsApi.Issuer}/oauth/token";
        var response = await Api.Client.RequestClientCredentialsTokenAsync(new ClientCredentialsTokenRequest
        {
            Address = endpoint,
            ClientId = AgencyId,
            Scope = "agency.applications",
            ClientCredentialStyle = ClientCredentialStyle.PostBody,
            ClientAssertion = new ClientAssertion
            {
                Type = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
                Value = _agencyKey.Assertion(AgencyId, AccountsApi.Issuer, Api.Clock.GetUtcNow()),
            },
        });
        Assert.False(response.IsError, $"{response.Error}: {response.ErrorDescription}");
        return response.AccessToken!;
    }

    private async Task<JsonElement> AgencyGetAsync(string token, string path)
    {
        using var response = await AgencySendAsync(token, HttpMethod.Get, path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {text}");
        return JsonSerializer.Deserialize<JsonElement>(text);
    }

    private Task<HttpResponseMessage> AgencySendAsync(string token, HttpMethod method, string path, object? body = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return Api.Client.SendAsync(request);
    }
}
