using Portal.Testing;
using System.Security.Cryptography;
using System.Text;
using MynaCard.Jpki;
using Portal.Contracts.CardRequests;
using Portal.Domain.Identity.CardRequests;
using Portal.Domain.Identity.Certificates;
using Portal.Domain.Tests.Identity.Certificates;

namespace Portal.Domain.Tests.Identity.CardRequests;

public sealed class CardRequestServiceTests(CardRequestFixture fixture) : IClassFixture<CardRequestFixture>
{
    private static readonly NewCardRequest Ask = new("マイナポータル", "LINE でのログイン", new RequestingClient("chatbot", DeviceKinds.Line),
        new CardRequestContext("device-authorization", "dev-1"));
    private static readonly byte[] Document = Encoding.UTF8.GetBytes("{\"procedure\":\"転入届\"}");

    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);
    private readonly CancellationToken _ct = CancellationToken.None;

    private CardRequestService Service => fixture.Service(_clock);

    private TestPki Pki => fixture.Pki;

    [Fact]
    public async Task ALoginIsCompletedWithTheCardsSignatureAndRecordsTheCertificate()
    {
        var card = Pki.Issue();
        var request = await Service.CreateLoginAsync(Ask, _ct);
        var view = await ConfirmAsync(request);

        await Service.CompleteWithSignatureAsync(request.Id, await AnswerAsync(card, view, withCertificate: true), _ct);

        var stored = await ReadAsync(request.Id);
        Assert.Equal(CardRequestStates.Completed, stored.State);
        Assert.Equal(Convert.ToBase64String(card.AuthenticationCertificate), stored.Outcome!.Certificate);
        Assert.NotNull(stored.Outcome.CertificateIssuer);
        Assert.NotNull(stored.Outcome.CertificateSerialNumber);
        Assert.Null(stored.Outcome.Signature);
        Assert.Equal(Ask.Context, stored.Context);
    }

    [Fact]
    public async Task TheViewIsWhatTheSignerNeedsAndBindsTheRequest()
    {
        var request = await Service.CreateLoginAsync(Ask, _ct);

        var view = await ConfirmAsync(request);

        Assert.Equal(CardRequestPurposes.Login, view.Purpose);
        Assert.True(view.CertificateRequired);
        Assert.Equal(22, view.RequestId.Length);
        Assert.InRange(view.ExpiresAt - _clock.GetUtcNow(), TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(5));
        var text = Encoding.UTF8.GetString(Convert.FromBase64String(view.DataToSign!));
        Assert.Contains($"request={request.Id}\n", text);
        Assert.Contains($"audience={CardRequestFixture.Audience}\n", text);
        Assert.Contains($"nonce={request.Request.Nonce}\n", text);
        Assert.StartsWith("mynaportal-card-request/1\npurpose=login\n", text);
        Assert.InRange(request.Request.Ttl, 300, 600);
    }

    [Fact]
    public async Task ALoginForAKnownCertificateNeedsNoCertificateFromTheSigner()
    {
        var card = Pki.Issue();
        var request = await Service.CreateLoginAsync(Ask with { KnownCertificate = card.AuthenticationCertificate }, _ct);
        var view = await ConfirmAsync(request);
        Assert.False(view.CertificateRequired);

        await Service.CompleteWithSignatureAsync(request.Id, await AnswerAsync(card, view, withCertificate: false), _ct);

        var stored = await ReadAsync(request.Id);
        Assert.Equal(CardRequestStates.Completed, stored.State);
        Assert.Null(stored.Outcome!.Certificate);
    }

    [Fact]
    public async Task ACertificateOtherThanTheKnownOneIsUntrusted()
    {
        var known = Pki.Issue();
        var other = Pki.Issue();
        var request = await Service.CreateLoginAsync(Ask with { KnownCertificate = known.AuthenticationCertificate }, _ct);

        await AssertCertificateRefused(CertificateRefusal.Untrusted, request.Id, await AnswerAsync(other, await ConfirmAsync(request), true));
    }

    [Fact]
    public async Task ASignRequestIsCompletedAndKeepsWhatTheCmsSignedDataNeeds()
    {
        var card = Pki.Issue();
        var request = await SignAsync(card);
        var view = await ConfirmAsync(request);
        Assert.Equal(0x31, Convert.FromBase64String(view.DataToSign!)[0]);
        var answer = await AnswerAsync(card, view, withCertificate: true);

        await Service.CompleteWithSignatureAsync(request.Id, answer, _ct);

        var outcome = (await ReadAsync(request.Id)).Outcome!;
        Assert.Equal(answer.Signature, outcome.Signature);
        Assert.Equal(Convert.ToBase64String(card.SigningCertificate), outcome.Certificate);
    }

    [Fact]
    public async Task AnExpiredRequestIsRefusedAsExpired()
    {
        var card = Pki.Issue();
        var request = await Service.CreateLoginAsync(Ask, _ct);
        var answer = await AnswerAsync(card, await ConfirmAsync(request), true);

        _clock.Advance(TimeSpan.FromMinutes(5));

        await AssertRefused(CardRequestRefusal.Expired, () => Service.GetViewAsync(request.Id, _ct));
        await AssertRefused(CardRequestRefusal.Expired, () => Service.CompleteWithSignatureAsync(request.Id, answer, _ct));
    }

    [Fact]
    public async Task AShorterConfiguredLifetimeIsHonoured()
    {
        var service = fixture.Service(_clock, TimeSpan.FromMinutes(1));
        var request = await service.CreateLoginAsync(Ask, _ct);

        _clock.Advance(TimeSpan.FromSeconds(61));

        await AssertRefused(CardRequestRefusal.Expired, () => service.GetViewAsync(request.Id, _ct));
    }

    [Fact]
    public async Task ALifetimeAboveFiveMinutesIsAConfigurationError()
    {
        var service = fixture.Service(_clock, TimeSpan.FromMinutes(6));

        await Assert.ThrowsAsync<InvalidOperationException>(() => service.CreateLoginAsync(Ask, _ct));
    }

    [Fact]
    public async Task AReplayedAnswerIsRefusedAsAlreadyUsed()
    {
        var card = Pki.Issue();
        var request = await Service.CreateLoginAsync(Ask, _ct);
        var answer = await AnswerAsync(card, await ConfirmAsync(request), true);
        await Service.CompleteWithSignatureAsync(request.Id, answer, _ct);

        await AssertRefused(CardRequestRefusal.AlreadyUsed, () => Service.CompleteWithSignatureAsync(request.Id, answer, _ct));
        await AssertRefused(CardRequestRefusal.AlreadyUsed, () => Service.GetViewAsync(request.Id, _ct));
    }

    [Fact]
    public async Task OfTwoConcurrentAnswersExactlyOneSucceeds()
    {
        var card = Pki.Issue();
        var request = await Service.CreateLoginAsync(Ask, _ct);
        var answer = await AnswerAsync(card, await ConfirmAsync(request), true);

        var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            try
            {
                await fixture.Service(_clock).CompleteWithSignatureAsync(request.Id, answer, _ct);
                return null;
            }
            catch (CardRequestRefusedException e)
            {
                return (CardRequestRefusal?)e.Refusal;
            }
        }));

        Assert.Single(results, r => r is null);
        Assert.Single(results, r => r == CardRequestRefusal.AlreadyUsed);
        Assert.Equal(CardRequestStates.Completed, (await ReadAsync(request.Id)).State);
    }

    [Fact]
    public async Task ASignatureForAPrefillRequestIsTheWrongPurpose()
    {
        var card = Pki.Issue();
        var login = await Service.CreateLoginAsync(Ask, _ct);
        var answer = await AnswerAsync(card, await ConfirmAsync(login), true);
        var prefill = await Service.CreatePrefillAsync(Ask, _ct);

        await AssertRefused(CardRequestRefusal.WrongPurpose, () => Service.CompleteWithSignatureAsync(prefill.Id, answer, _ct));
    }

    [Fact]
    public async Task CardItemsForALoginRequestAreTheWrongPurpose()
    {
        var request = await Service.CreateLoginAsync(Ask, _ct);

        await AssertRefused(CardRequestRefusal.WrongPurpose,
            () => Service.CompleteWithPrefillAsync(request.Id, new PrefillSubmission("山田 花子", "東京都千代田区霞が関2-1-2", "1990-04-01", "2"), _ct));
    }

    [Fact]
    public async Task ALoginAnswerOfferedForASignRequestIsRefused()
    {
        // It carries no answer of the authentication key to the sign challenge, and its signature is over another
        // request's bytes with a certificate of the other CA: the first refuses it before the others are looked at.
        var card = Pki.Issue();
        var login = await Service.CreateLoginAsync(Ask, _ct);
        var loginAnswer = await AnswerAsync(card, await ConfirmAsync(login), true);
        var sign = await SignAsync(card);
        await ConfirmAsync(sign);

        await AssertRefused(CardRequestRefusal.MalformedSubmission, () => Service.CompleteWithSignatureAsync(sign.Id, loginAnswer, _ct));
    }

    [Fact]
    public async Task ASigningCertificateIsRefusedForALogin()
    {
        var card = Pki.Issue();
        var request = await Service.CreateLoginAsync(Ask, _ct);
        await ConfirmAsync(request);
        var data = Convert.FromBase64String(request.Request.DataToSign!);
        var signature = await CardSigner.SignAsync(card.File, JpkiKey.Signing, data);

        await AssertCertificateRefused(CertificateRefusal.Untrusted, request.Id,
            new CardSignatureSubmission(Convert.ToBase64String(signature), Convert.ToBase64String(card.SigningCertificate)));
    }

    [Fact]
    public async Task ACertificateFromAnotherCaIsUntrusted()
    {
        var stranger = Pki.Issue(Pki.OtherCaFolder);
        var request = await Service.CreateLoginAsync(Ask, _ct);

        await AssertCertificateRefused(CertificateRefusal.Untrusted, request.Id,
            await AnswerAsync(stranger, await ConfirmAsync(request), true));
    }

    [Fact]
    public async Task ARevokedCertificateIsRefusedAfterTheCrlRefresh()
    {
        var card = Pki.Issue();
        Pki.Revoke(card);
        await fixture.RefreshCrlsAsync();
        var request = await Service.CreateLoginAsync(Ask, _ct);

        await AssertCertificateRefused(CertificateRefusal.Revoked, request.Id,
            await AnswerAsync(card, await ConfirmAsync(request), true));
    }

    [Fact]
    public async Task ASignatureOverOtherDataIsABadSignature()
    {
        var card = Pki.Issue();
        var request = await Service.CreateLoginAsync(Ask, _ct);
        await ConfirmAsync(request);
        var signature = await CardSigner.SignAsync(card.File, JpkiKey.Authentication, Encoding.UTF8.GetBytes("other data"));

        await AssertCertificateRefused(CertificateRefusal.SignatureInvalid, request.Id,
            new CardSignatureSubmission(Convert.ToBase64String(signature), Convert.ToBase64String(card.AuthenticationCertificate)));
    }

    [Fact]
    public async Task ASignatureForAnotherLoginRequestIsABadSignature()
    {
        var card = Pki.Issue();
        var first = await Service.CreateLoginAsync(Ask, _ct);
        var second = await Service.CreateLoginAsync(Ask, _ct);
        await ConfirmAsync(second);

        await AssertCertificateRefused(CertificateRefusal.SignatureInvalid, second.Id,
            await AnswerAsync(card, await ConfirmAsync(first), true));
    }

    [Theory]
    [InlineData("not base64!", "AAAA")]
    [InlineData("AAAA", "not base64!")]
    [InlineData("", "AAAA")]
    [InlineData("AAAA", null)]
    public async Task AMalformedAnswerIsRefusedAsMalformed(string signature, string? certificate)
    {
        var request = await Service.CreateLoginAsync(Ask, _ct);
        await ConfirmAsync(request);

        await AssertRefused(CardRequestRefusal.MalformedSubmission,
            () => Service.CompleteWithSignatureAsync(request.Id, new CardSignatureSubmission(signature, certificate), _ct));
    }

    [Fact]
    public async Task AGarbageCertificateIsUntrustedAsMalformed()
    {
        var request = await Service.CreateLoginAsync(Ask, _ct);
        await ConfirmAsync(request);

        await AssertCertificateRefused(CertificateRefusal.Malformed, request.Id,
            new CardSignatureSubmission(Convert.ToBase64String(new byte[256]), Convert.ToBase64String(Encoding.ASCII.GetBytes("garbage"))));
    }

    [Fact]
    public async Task ARefusalWritesNothingButTheFailedAttemptRecord()
    {
        var stranger = Pki.Issue(Pki.OtherCaFolder);
        var request = await Service.CreateLoginAsync(Ask, _ct);
        var view = await ConfirmAsync(request);
        var before = await ReadAsync(request.Id);

        await AssertCertificateRefused(CertificateRefusal.Untrusted, request.Id, await AnswerAsync(stranger, view, true));

        var after = await ReadAsync(request.Id);
        Assert.Equal(CardRequestStates.Pending, after.State);
        Assert.Null(after.Outcome);
        Assert.Equal(1, after.FailedAttempts.Count);
        Assert.Equal(nameof(CertificateRefusal.Untrusted), after.FailedAttempts.LastReason);
        Assert.Equal(before, after with { FailedAttempts = before.FailedAttempts });
    }

    [Fact]
    public async Task ThreeRefusedAnswersBurnTheRequest()
    {
        var card = Pki.Issue();
        var request = await Service.CreateLoginAsync(Ask, _ct);
        var good = await AnswerAsync(card, await ConfirmAsync(request), true);
        var bad = new CardSignatureSubmission("not base64!", null);
        for (var i = 0; i < CardRequest.MaxFailedAttempts; i++)
        {
            await AssertRefused(CardRequestRefusal.MalformedSubmission, () => Service.CompleteWithSignatureAsync(request.Id, bad, _ct));
        }

        await AssertRefused(CardRequestRefusal.AlreadyUsed, () => Service.CompleteWithSignatureAsync(request.Id, good, _ct));
        await AssertRefused(CardRequestRefusal.AlreadyUsed, () => Service.GetViewAsync(request.Id, _ct));
        Assert.Equal(CardRequest.MaxFailedAttempts, (await ReadAsync(request.Id)).FailedAttempts.Count);
    }

    [Fact]
    public async Task PrefillItemsAreKeptUntilTakenOnce()
    {
        var request = await Service.CreatePrefillAsync(Ask, _ct);
        Assert.Null((await ConfirmAsync(request)).DataToSign);

        await Service.CompleteWithPrefillAsync(request.Id, new PrefillSubmission("山田 花子", "東京都千代田区霞が関2-1-2", "1990-04-01", "2"), _ct);

        var taken = await Service.TakeOutcomeAsync(request.Id, _ct);
        Assert.Equal(new BasicFourItems("山田 花子", "東京都千代田区霞が関2-1-2", new DateOnly(1990, 4, 1), "2"), taken!.Prefill);
        Assert.DoesNotContain("山田", taken.ToString());
        Assert.Null((await Service.TakeOutcomeAsync(request.Id, _ct))!.Prefill);
        Assert.Null((await ReadAsync(request.Id)).Outcome!.Prefill);
    }

    [Theory]
    [InlineData("", "住所", "1990-04-01", "2")]
    [InlineData("氏名", "住所", "1990/04/01", "2")]
    [InlineData("氏名", "住所", "1990-04-01", "3")]
    public async Task MalformedPrefillItemsAreRefusedAsMalformed(string name, string address, string birth, string sex)
    {
        var request = await Service.CreatePrefillAsync(Ask, _ct);
        await ConfirmAsync(request);

        await AssertRefused(CardRequestRefusal.MalformedSubmission,
            () => Service.CompleteWithPrefillAsync(request.Id, new PrefillSubmission(name, address, birth, sex), _ct));
    }

    [Theory]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("../../etc")]
    [InlineData("short")]
    public async Task AnUnknownRequestIsNotFound(string id)
    {
        await Assert.ThrowsAsync<CardRequestNotFoundException>(() => Service.GetViewAsync(id, _ct));
        await Assert.ThrowsAsync<CardRequestNotFoundException>(
            () => Service.CompleteWithSignatureAsync(id, new CardSignatureSubmission("AAAA", null), _ct));
    }

    [Fact]
    public async Task BeforeTheCodeTheViewShowsWhoAsksFromWhereAndWhenButNothingToSign()
    {
        var request = await SignAsync(Pki.Issue());

        var view = await Service.GetViewAsync(request.Id, _ct);

        Assert.True(view.CodeRequired);
        Assert.Null(view.DataToSign);
        Assert.Null(view.AuthenticationChallenge);
        Assert.Equal(new CardRequester("chatbot", DeviceKinds.Line, request.Request.CreatedAt), view.Requester);
        Assert.Equal(new CardRequestSigning("転入届", "千代田区", "転入届（山田 花子）"), view.Signing);
        Assert.Matches("^[BCDFGHJKLMNPQRSTVWXZ]{4}-[BCDFGHJKLMNPQRSTVWXZ]{4}$", request.UserCode);
        Assert.DoesNotContain(request.UserCode.Replace("-", ""), System.Text.Json.JsonSerializer.Serialize(await ReadAsync(request.Id)));
    }

    [Fact]
    public async Task TheCodeMayBeTypedInLowerCaseWithSpacesAndAgainAfterARestart()
    {
        var request = await Service.CreateLoginAsync(Ask, _ct);

        var first = await Service.ConfirmCodeAsync(request.Id, $" {request.UserCode.ToLowerInvariant().Replace("-", " ")} ", _ct);
        var again = await Service.ConfirmCodeAsync(request.Id, request.UserCode, _ct);

        Assert.NotNull(first.DataToSign);
        Assert.Equal(first, again);
    }

    [Fact]
    public async Task AWrongCodeIsCountedAndTheThirdEndsTheRequest()
    {
        var card = Pki.Issue();
        var request = await Service.CreateLoginAsync(Ask, _ct);
        var wrong = request.UserCode == "BBBB-BBBB" ? "CCCC-CCCC" : "BBBB-BBBB";

        for (var i = 0; i < CardRequest.MaxFailedAttempts; i++)
        {
            await AssertRefused(CardRequestRefusal.WrongCode, () => Service.ConfirmCodeAsync(request.Id, wrong, _ct));
        }

        await AssertRefused(CardRequestRefusal.AlreadyUsed, () => Service.ConfirmCodeAsync(request.Id, request.UserCode, _ct));
        Assert.Equal(nameof(CardRequestRefusal.WrongCode), (await ReadAsync(request.Id)).FailedAttempts.LastReason);
        Assert.Null((await ReadAsync(request.Id)).CodeConfirmedAt);
    }

    [Fact]
    public async Task AnAnswerBeforeTheCodeIsRefusedAndCounted()
    {
        // Someone holding only the link (and the challenge from elsewhere) cannot complete it without the code.
        var card = Pki.Issue();
        var request = await Service.CreateLoginAsync(Ask, _ct);
        var signature = await CardSigner.SignAsync(card.File, JpkiKey.Authentication, Convert.FromBase64String(request.Request.DataToSign!));

        await AssertRefused(CardRequestRefusal.CodeNotConfirmed, () => Service.CompleteWithSignatureAsync(request.Id,
            new CardSignatureSubmission(Convert.ToBase64String(signature), Convert.ToBase64String(card.AuthenticationCertificate)), _ct));

        var stored = await ReadAsync(request.Id);
        Assert.Equal(CardRequestStates.Pending, stored.State);
        Assert.Equal(1, stored.FailedAttempts.Count);
    }

    [Fact]
    public async Task TheAudienceIsTheOriginOfThePortalsIssuer()
    {
        var request = await Service.CreateLoginAsync(Ask, _ct);

        Assert.Equal("https://portal.example", request.Request.Audience);
        Assert.True(CardChallenge.TryParse(Convert.FromBase64String((await ConfirmAsync(request)).DataToSign!), out var challenge));
        Assert.Equal(new CardChallenge(CardRequestPurposes.Login, request.Id, "https://portal.example", request.Request.Nonce, request.ExpiresAt), challenge);
    }

    [Fact]
    public async Task ASignatureMadeWithAnotherResidentsCardIsRefusedAndStoresNothing()
    {
        var submitter = Pki.Issue();
        var someoneElse = Pki.Issue();
        var request = await SignAsync(submitter);
        var answer = await AnswerAsync(someoneElse, await ConfirmAsync(request), true);

        await AssertCertificateRefused(CertificateRefusal.NotTheSubmittersCard, request.Id, answer);

        var stored = await ReadAsync(request.Id);
        Assert.Equal(CardRequestStates.Pending, stored.State);
        Assert.Null(stored.Outcome);
    }

    [Fact]
    public async Task TheSubmittersAuthenticationKeyMustHaveSignedThisRequestsChallenge()
    {
        var card = Pki.Issue();
        var request = await SignAsync(card);
        var answer = await AnswerAsync(card, await ConfirmAsync(request), true);
        var otherChallenge = await CardSigner.SignAsync(card.File, JpkiKey.Authentication, Encoding.UTF8.GetBytes("another challenge"));

        await AssertCertificateRefused(CertificateRefusal.SignatureInvalid, request.Id,
            answer with { AuthenticationSignature = Convert.ToBase64String(otherChallenge) });
        await AssertRefused(CardRequestRefusal.MalformedSubmission,
            () => Service.CompleteWithSignatureAsync(request.Id, answer with { AuthenticationSignature = null }, _ct));
    }

    [Fact]
    public async Task ASignRequestForAnyCardTakesACardOfNoKnownAccountAndNamesItsAuthenticationCertificate()
    {
        var card = Pki.Issue();
        var request = await Service.CreateSignForAnyCardAsync(Ask, SHA256.HashData(Document),
            new CardRequestSigning("代理人の登録", "マイナポータル", "山田 花子 さんの代理人になります"), _ct);
        var answer = await AnswerAsync(card, await ConfirmAsync(request), true);

        await Service.CompleteWithSignatureAsync(request.Id, answer, _ct);

        var outcome = (await ReadAsync(request.Id)).Outcome!;
        using var authentication = System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadCertificate(card.AuthenticationCertificate);
        Assert.Equal(authentication.Issuer, outcome.AuthenticationIssuer);
        Assert.Equal(authentication.SerialNumber, outcome.AuthenticationSerialNumber, ignoreCase: true);
        Assert.Equal(Convert.ToBase64String(card.SigningCertificate), outcome.Certificate);
    }

    [Fact]
    public async Task ASignRequestForAnyCardStillNeedsTheAuthenticationKeysAnswerToItsChallenge()
    {
        var card = Pki.Issue();
        var request = await Service.CreateSignForAnyCardAsync(Ask, SHA256.HashData(Document),
            new CardRequestSigning("代理人の登録", "マイナポータル", "山田 花子 さんの代理人になります"), _ct);
        var answer = await AnswerAsync(card, await ConfirmAsync(request), true);
        var otherChallenge = await CardSigner.SignAsync(card.File, JpkiKey.Authentication, Encoding.UTF8.GetBytes("another challenge"));

        await AssertCertificateRefused(CertificateRefusal.SignatureInvalid, request.Id,
            answer with { AuthenticationSignature = Convert.ToBase64String(otherChallenge) });
        await AssertRefused(CardRequestRefusal.MalformedSubmission,
            () => Service.CompleteWithSignatureAsync(request.Id, answer with { AuthenticationCertificate = null }, _ct));
        Assert.Null((await ReadAsync(request.Id)).Outcome);
    }

    /// <summary>The signer's answer: for sign, also the authentication key's answer to its challenge, in the same session.</summary>
    private static async Task<CardSignatureSubmission> AnswerAsync(TestCard card, CardRequestView view, bool withCertificate)
    {
        var login = view.Purpose == CardRequestPurposes.Login;
        var signature = await CardSigner.SignAsync(card.File, login ? JpkiKey.Authentication : JpkiKey.Signing,
            Convert.FromBase64String(view.DataToSign!));
        var certificate = login ? card.AuthenticationCertificate : card.SigningCertificate;
        var answer = new CardSignatureSubmission(Convert.ToBase64String(signature), withCertificate ? Convert.ToBase64String(certificate) : null);
        if (login)
        {
            return answer;
        }
        var authentication = await CardSigner.SignAsync(card.File, JpkiKey.Authentication, Convert.FromBase64String(view.AuthenticationChallenge!));
        return answer with
        {
            AuthenticationSignature = Convert.ToBase64String(authentication),
            AuthenticationCertificate = Convert.ToBase64String(card.AuthenticationCertificate),
        };
    }

    /// <summary>The code typed into the signer, as shown where the request was started.</summary>
    private Task<CardRequestView> ConfirmAsync(StartedCardRequest request) => Service.ConfirmCodeAsync(request.Id, request.UserCode, _ct);

    /// <summary>A sign request of an account whose card is <paramref name="submitter"/>.</summary>
    private async Task<StartedCardRequest> SignAsync(TestCard submitter) =>
        await Service.CreateSignAsync(Ask, SHA256.HashData(Document), new CardRequestSigning("転入届", "千代田区", "転入届（山田 花子）"),
            await fixture.AccountWithAsync(submitter), _ct);

    private async Task<CardRequest> ReadAsync(string id) => (await fixture.Repository.FindAsync(id, _ct))!.Document;

    private static async Task AssertRefused(CardRequestRefusal expected, Func<Task> act) =>
        Assert.Equal(expected, (await Assert.ThrowsAsync<CardRequestRefusedException>(act)).Refusal);

    private async Task AssertCertificateRefused(CertificateRefusal expected, string id, CardSignatureSubmission answer)
    {
        var refused = await Assert.ThrowsAsync<CertificateRefusedException>(() => Service.CompleteWithSignatureAsync(id, answer, _ct));
        Assert.Equal(expected, refused.Refusal);
    }
}
