using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using MynaCard.SoftwareCard.CardFiles;
using Portal.Domain.Applications;
using Portal.Domain.Applications.Signing;
using Portal.Domain.Proxies;
using Portal.Functions.Tests.Accounts;
using Portal.Functions.Tests.Applications;
using Portal.Functions.Tests.Identity;
using Portal.Testing.Procedures;
using Portal.Testing.PublicFundsAccounts;
using Portal.Testing.Signing;

namespace Portal.Functions.Tests.Proxies.Acting;

/// <summary>
/// A proxy files the principal's application: the sign request is the proxy's, answered by the proxy's own card
/// through the real signer; the stored application keeps the delegation as evidence and the agency sees both people.
/// </summary>
public sealed class ProxySubmissionTests(ActingFixture fixture) : IClassFixture<ActingFixture>
{
    private AccountsApi Api => fixture.Api;

    [Fact]
    public async Task A_proxy_signs_the_principals_application_with_their_own_card_and_the_agency_sees_it_was_filed_by_a_proxy()
    {
        var (principal, _, proxyCard, delegation, token) = await ActingWithCardsAsync();
        var draftId = await DraftAsync(token);

        var pending = await AccountsApi.ExpectAsync(await SubmitAsync(token, new { draftId }), 202);
        await SignAsync(pending.GetProperty("cardRequest"), proxyCard);
        var done = await AccountsApi.ExpectAsync(
            await Api.SendAsync(HttpMethod.Get, $"/api/me/submissions/{pending.GetProperty("submissionId").GetString()}", token), 200);

        var receipt = done.GetProperty("receiptNumber").GetString()!;
        var application = (await fixture.Service<ApplicationRepository>().ReadAsync(SmallCatalog.Chiyoda, receipt, CancellationToken.None))!.Document;
        Assert.Equal(principal, application.ResidentId);
        var proxysCertificate = Convert.FromBase64String(CardFile.Load(proxyCard).Jpki.Signing.Certificate);
        var verified = fixture.Service<ApplicationSignatureVerifier>().Verify(Convert.FromBase64String(application.Current.Cms!),
            Convert.FromBase64String(application.Current.Document), fixture.Clock.GetUtcNow());
        Assert.Equal(Convert.ToHexString(SHA256.HashData(proxysCertificate)), verified.Evidence.CertificateSha256);
        var filedBy = application.Current.FiledBy!;
        Assert.Equal((delegation.ProxyId, delegation.Id, ProxyKinds.Voluntary, delegation.ValidUntil),
            (filedBy.ProxyId, filedBy.DelegationId, filedBy.Kind, filedBy.ValidUntil));
        var agency = await ApplicationsApiFixture.AgencyTokenAsync(Api.Host.Services, SmallCatalog.Chiyoda);
        var seen = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, $"/api/agency/applications/{receipt}", agency), 200);
        var current = seen.GetProperty("current");
        var shown = current.GetProperty("filedBy");
        Assert.Equal("代理人による申請", shown.GetProperty("label").GetString());
        Assert.Equal("代理 一郎", shown.GetProperty("proxyName").GetString());
        Assert.Equal("voluntary", shown.GetProperty("kind").GetString());
        Assert.Equal(delegation.ValidFrom, shown.GetProperty("validFrom").GetDateTimeOffset());
        Assert.Equal(delegation.ValidUntil, shown.GetProperty("validUntil").GetDateTimeOffset());
        Assert.Equal(Convert.ToBase64String(proxysCertificate), current.GetProperty("certificate").GetString());
        // The applicant is still the principal, as the body knows them.
        Assert.False(string.IsNullOrEmpty(seen.GetProperty("residentRef").GetString()));
    }

    [Fact]
    public async Task The_principals_card_answering_the_proxys_sign_request_is_refused_and_nothing_is_filed()
    {
        var (_, principalCard, _, _, token) = await ActingWithCardsAsync();
        var draftId = await DraftAsync(token);
        var pending = await AccountsApi.ExpectAsync(await SubmitAsync(token, new { draftId }), 202);
        var cardRequest = pending.GetProperty("cardRequest");

        var run = await RealSigner.RunAsync(Api.Client, ["sign", cardRequest.GetProperty("signerLink").GetString()!, "--card", principalCard],
            $"{cardRequest.GetProperty("userCode").GetString()}\n{IdentityPki.AuthPin}\n{IdentityPki.SignPin}\n");

        Assert.Equal(Signer.Cli.ExitCodes.CertificateRefused, run.ExitCode);
        Assert.Equal(202, (int)(await Api.SendAsync(HttpMethod.Get, $"/api/me/submissions/{pending.GetProperty("submissionId").GetString()}", token)).StatusCode);
        Assert.Empty((await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Get, "/api/me/applications", token), 200))
            .GetProperty("items").EnumerateArray());
    }

    /// <summary>Two residents, each registered with a card of their own; the second acts for the first with 申請.</summary>
    private async Task<(string Principal, string PrincipalCard, string ProxyCard, Delegation Delegation, string Token)> ActingWithCardsAsync()
    {
        var principalCard = fixture.Pki.Issue();
        var (principal, _, _) = await Api.RegisteredWithCardAsync(principalCard);
        // The drafts answer 「公金受取口座を利用する」 はい: the principal's own account, registered by the principal.
        await TestPublicFundsAccounts.RegisterAsync(Api.Host.Services, principal);
        var proxyCard = fixture.Pki.Issue();
        var (proxy, _, _) = await Api.RegisteredWithCardAsync(proxyCard);
        var delegation = await fixture.DelegationAsync(principal, proxy, [DelegatedServices.Applications]);
        return (principal, principalCard, proxyCard, delegation, await fixture.ActAsync(proxy, delegation.Id));
    }

    private async Task<string> DraftAsync(string token)
    {
        var draft = await AccountsApi.ExpectAsync(await Api.SendAsync(HttpMethod.Post, "/api/me/drafts", token, new
        {
            procedureId = SmallCatalog.ChildAllowance, localGovernmentCode = SmallCatalog.Chiyoda,
            data = JsonNode.Parse(SubmissionHttpTests.ChildAllowanceAnswers),
        }), 201);
        return draft.GetProperty("id").GetString()!;
    }

    private Task<HttpResponseMessage> SubmitAsync(string token, object body) =>
        Api.SendAsync(HttpMethod.Post, "/api/me/applications", token, body,
            request => request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString()));

    private Task<RealSigner.Run> SignAsync(JsonElement cardRequest, string card) =>
        RealSigner.AnswerAsync(Api.Client, ["sign", cardRequest.GetProperty("signerLink").GetString()!, "--card", card],
            $"{cardRequest.GetProperty("userCode").GetString()}\n{IdentityPki.AuthPin}\n{IdentityPki.SignPin}\n");
}
