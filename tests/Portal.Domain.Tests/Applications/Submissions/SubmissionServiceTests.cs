using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Text.Json.Nodes;
using MynaCard.Jpki;
using Portal.Contracts.Canonical;
using Portal.Contracts.CardRequests;
using Portal.Domain.Applications;
using Portal.Domain.Applications.Canonical;
using Portal.Domain.Applications.Receipts;
using Portal.Domain.Applications.Signing;
using Portal.Domain.Applications.Status;
using Portal.Domain.Applications.Submissions;
using Portal.Domain.Drafts;
using Portal.Domain.Identity.CardRequests;
using Portal.Domain.Identity.Certificates;
using Portal.Domain.OperationHistory;
using Portal.Domain.Residents;
using Portal.Domain.Tests.Drafts;
using Portal.Domain.Tests.Identity.CardRequests;
using Portal.Domain.Tests.Identity.Certificates;
using Portal.Testing;

namespace Portal.Domain.Tests.Applications.Submissions;

public sealed class SubmissionServiceTests(SubmissionsFixture fixture) : IClassFixture<SubmissionsFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly ManualClock _clock = new(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));

    private SubmissionsServices Services => _services ??= fixture.Services(_clock);

    private SubmissionsServices? _services;

    private static SubmissionRequest Request(Draft draft, string? key = null, bool notify = false, string? correctionOf = null) =>
        new(key ?? Guid.NewGuid().ToString("N"), draft.Id, notify, correctionOf);

    [Fact]
    public async Task ASignedProcedureWaitsForTheCardThenStoresTheApplicationWithItsCmsAndEvidence()
    {
        var resident = SubmissionsFixture.NewResident();
        var draft = await Services.DraftAsync(resident, SubmissionsFixture.Signed);
        var card = fixture.Pki.Issue();

        var pending = await Services.Service.SubmitAsync(resident, Request(draft), None);

        Assert.False(pending.Submission.IsSubmitted);
        var requestId = pending.Submission.CardRequestId!;
        var view = await Services.CardRequests.GetViewAsync(requestId, None);
        Assert.Equal(CardRequestPurposes.Sign, view.Purpose);
        Assert.Equal(SubmissionService.ClientName, view.ClientName);
        Assert.Equal(SubmissionsFixture.SignedName, view.Description);
        Assert.Contains("千代田区", view.Signing!.Summary);
        Assert.Equal(SubmissionsFixture.SignedName, view.Signing.Procedure);
        Assert.Null(view.DataToSign);
        Assert.Matches("^[BCDFGHJKLMNPQRSTVWXZ]{4}-[BCDFGHJKLMNPQRSTVWXZ]{4}$", pending.Submission.CardRequestUserCode);
        Assert.False((await Services.Service.GetAsync(resident, pending.Submission.Id, None)).Submission.IsSubmitted);

        await Services.SignAsync(pending.Submission, card);
        var done = await Services.Service.GetAsync(resident, pending.Submission.Id, None);

        Assert.True(done.Submission.IsSubmitted);
        Assert.Equal(ApplicationStatus.Arrived, done.Status);
        var number = ReceiptNumber.Parse(done.Submission.ReceiptNumber!);
        var application = (await Services.Applications.ReadAsync(SubmissionsFixture.Chiyoda, number.ToString(), None))!.Document;
        Assert.Equal(resident.PrincipalId, application.ResidentId);
        Assert.Equal(SubmissionsFixture.Signed, application.ProcedureId);
        var revision = Assert.Single(application.Revisions);
        Assert.Equal(1, revision.Number);
        var document = Convert.FromBase64String(revision.Document);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(document)), revision.DocumentSha256);
        // The stored CMS is standard: .NET's SignedCms verifies it over the stored document, with the card's certificate.
        var signedCms = new SignedCms(new ContentInfo(document), detached: true);
        signedCms.Decode(Convert.FromBase64String(revision.Cms!));
        signedCms.CheckSignature(verifySignatureOnly: true);
        Assert.Equal(card.SigningCertificate, signedCms.SignerInfos[0].Certificate!.RawData);
        var crl = fixture.Crls.Current(CertificatePurpose.Signing)!;
        Assert.Equal(crl.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), revision.Evidence!.CrlNumber);
        Assert.Equal(crl.ThisUpdate, revision.Evidence.CrlThisUpdate);
        Assert.Equal(_clock.GetUtcNow(), revision.Evidence.VerifiedAt);
        // The receipt number finds its body alone; the draft is gone.
        Assert.Equal(SubmissionsFixture.Chiyoda, (await Services.Receipts.FindAsync(number, None))!.LocalGovernmentCode);
        Assert.Null(await Services.Drafts.ReadAsync(resident.PrincipalId, draft.Id, None));
        var operations = (await Services.HistoryOfAsync(resident)).Select(r => (r.Operation, r.Outcome, r.Target)).ToList();
        Assert.Contains((SubmissionOperations.Submit, OperationOutcome.Succeeded, pending.Submission.Id), operations);
        Assert.Contains((SubmissionOperations.Receive, OperationOutcome.Succeeded, number.ToString()), operations);
    }

    [Fact]
    public async Task TheCanonicalDocumentNamesTheProcedureFormBodyDataAndTheAttachmentsHashes()
    {
        var resident = SubmissionsFixture.NewResident();
        var draft = await Services.DraftAsync(resident, SubmissionsFixture.Unsigned);
        draft = await Services.AttachAsync(draft, "写真.pdf", TestFiles.Pdf);

        var done = await Services.Service.SubmitAsync(resident, Request(draft), None);

        var application = (await Services.Applications.ReadAsync(SubmissionsFixture.Chiyoda, done.Submission.ReceiptNumber!, None))!.Document;
        var revision = application.Current;
        var expected = CanonicalDocument.Create(new ApplicationContent(SubmissionsFixture.Unsigned, SubmissionsFixture.Unsigned,
            application.FormVersion, SubmissionsFixture.Chiyoda, System.Text.Json.JsonSerializer.SerializeToElement(draft.Data),
            [new AttachmentReference("写真.pdf", "application/pdf", TestFiles.Pdf.Length, Convert.ToHexStringLower(SHA256.HashData(TestFiles.Pdf)))]));
        Assert.Equal(Convert.ToBase64String(expected.ToArray()), revision.Document);
        Assert.Null(revision.Cms);
        await using var stored = await Services.ApplicationFiles.OpenReadAsync(SubmissionsFixture.Chiyoda, application.Id, 1, 1, None);
        using var copy = new MemoryStream();
        await stored!.CopyToAsync(copy);
        Assert.Equal(TestFiles.Pdf, copy.ToArray());
        Assert.Empty(await Services.DraftFiles.ListAsync(resident.PrincipalId, draft.Id, None));
    }

    [Fact]
    public async Task TheSameKeyTwiceAtTheSameMomentGivesOneApplicationAndOneReceipt()
    {
        var resident = SubmissionsFixture.NewResident();
        var draft = await Services.DraftAsync(resident, SubmissionsFixture.Unsigned);
        var request = Request(draft);

        var both = await Task.WhenAll(
            Services.Service.SubmitAsync(resident, request, None),
            fixture.Services(_clock).Service.SubmitAsync(resident, request, None));

        Assert.All(both, p => Assert.True(p.Submission.IsSubmitted));
        Assert.Equal(both[0].Submission.ReceiptNumber, both[1].Submission.ReceiptNumber);
        Assert.Single(await Services.ApplicationsOfAsync(resident));
        var history = await Services.HistoryOfAsync(resident);
        Assert.Single(history, r => r.Operation == SubmissionOperations.Submit);
        Assert.Single(history, r => r.Operation == SubmissionOperations.Receive);
        var again = await Services.Service.SubmitAsync(resident, request, None);
        Assert.Equal(both[0].Submission.ReceiptNumber, again.Submission.ReceiptNumber);
    }

    [Fact]
    public async Task ASignedSubmissionSentTwiceAtOnceSharesOneCardRequestAndFinalizesOnce()
    {
        var resident = SubmissionsFixture.NewResident();
        var draft = await Services.DraftAsync(resident, SubmissionsFixture.Signed);
        var request = Request(draft);

        var pending = await Task.WhenAll(
            Services.Service.SubmitAsync(resident, request, None),
            fixture.Services(_clock).Service.SubmitAsync(resident, request, None));

        Assert.Equal(pending[0].Submission.Id, pending[1].Submission.Id);
        Assert.Equal(pending[0].Submission.CardRequestId, pending[1].Submission.CardRequestId);
        await Services.SignAsync(pending[0].Submission, fixture.Pki.Issue());

        var done = await Task.WhenAll(
            Services.Service.SubmitAsync(resident, request, None),
            fixture.Services(_clock).Service.GetAsync(resident, pending[0].Submission.Id, None),
            fixture.Services(_clock).Service.GetAsync(resident, pending[0].Submission.Id, None));

        Assert.Single(done.Select(p => p.Submission.ReceiptNumber).Distinct());
        var application = Assert.Single(await Services.ApplicationsOfAsync(resident));
        Assert.Equal(done[0].Submission.ReceiptNumber, application.Id);
    }

    [Fact]
    public async Task TheSameKeyForAnotherDraftIsRefused()
    {
        var resident = SubmissionsFixture.NewResident();
        var first = await Services.DraftAsync(resident, SubmissionsFixture.Signed);
        var second = await Services.DraftAsync(resident, SubmissionsFixture.Signed);
        await Services.Service.SubmitAsync(resident, Request(first, key: "key-1"), None);

        await Assert.ThrowsAsync<IdempotencyKeyReusedException>(() => Services.Service.SubmitAsync(resident, Request(second, key: "key-1"), None));
        await Assert.ThrowsAsync<IdempotencyKeyReusedException>(() => Services.Service.SubmitAsync(resident, Request(first, key: "key-1", notify: true), None));
    }

    [Theory]
    [InlineData("")]
    [InlineData("日本語")]
    [InlineData("has space")]
    public async Task AKeyThatIsNotVisibleAsciiIsRefused(string key)
    {
        var resident = SubmissionsFixture.NewResident();
        var draft = await Services.DraftAsync(resident, SubmissionsFixture.Signed);

        await Assert.ThrowsAsync<IdempotencyKeyInvalidException>(() => Services.Service.SubmitAsync(resident, Request(draft, key: key), None));
    }

    [Fact]
    public async Task AnswersThatFailTheFormAreRefusedWithEveryErrorAndNothingStarts()
    {
        var resident = SubmissionsFixture.NewResident();
        var data = Forms.ValidAnswers.For(SubmissionsFixture.Signed);
        data["applicant"]!.AsObject().Remove("name");
        data["applicant"]!["kana"] = "やまだ";
        var draft = await Services.DraftAsync(resident, SubmissionsFixture.Signed, data: data);
        var request = Request(draft);

        var refused = await Assert.ThrowsAsync<ApplicationInvalidException>(() => Services.Service.SubmitAsync(resident, request, None));

        Assert.Equal(["applicant.name", "applicant.kana"], refused.Errors.Select(e => e.Path).Order().Reverse());
        Assert.Null(await Services.Submissions.ReadAsync(resident.PrincipalId, SubmissionIds.For(resident.PrincipalId, request.IdempotencyKey), None));
        Assert.Contains(await Services.HistoryOfAsync(resident), r => r.Operation == SubmissionOperations.Submit && r.Outcome == OperationOutcome.Refused);
    }

    [Fact]
    public async Task AProcedureNotOfferedOnlineThereIsRefusedNamingTheDraftToPrint()
    {
        var resident = SubmissionsFixture.NewResident();
        var draft = await Services.DraftAsync(resident, SubmissionsFixture.PaperOnly);

        var refused = await Assert.ThrowsAsync<ApplicationNotOnlineException>(() => Services.Service.SubmitAsync(resident, Request(draft), None));

        Assert.Equal(draft.Id, refused.DraftId);
    }

    [Fact]
    public async Task AnotherResidentsDraftIsNotFound()
    {
        var draft = await Services.DraftAsync(SubmissionsFixture.NewResident(), SubmissionsFixture.Signed);

        await Assert.ThrowsAsync<DraftNotFoundException>(() => Services.Service.SubmitAsync(SubmissionsFixture.NewResident(), Request(draft), None));
    }

    [Fact]
    public async Task AnotherResidentsSubmissionIsNotFound()
    {
        var resident = SubmissionsFixture.NewResident();
        var pending = await Services.Service.SubmitAsync(resident, Request(await Services.DraftAsync(resident, SubmissionsFixture.Signed)), None);

        await Assert.ThrowsAsync<SubmissionNotFoundException>(() => Services.Service.GetAsync(SubmissionsFixture.NewResident(), pending.Submission.Id, None));
    }

    /// <summary>What an attacker with write access to the stores changes between the card's answer and the finalizing.</summary>
    public enum Tampering
    {
        /// <summary>The canonical document itself (a name changed).</summary>
        Document,

        /// <summary>The card's signature swapped for one it made over other signed attributes.</summary>
        SignatureOverOtherAttributes,

        /// <summary>Another card's certificate in place of the signer's.</summary>
        OtherCardsCertificate,
    }

    [Theory]
    [InlineData(Tampering.Document, SignatureRefusal.DocumentMismatch)]
    [InlineData(Tampering.SignatureOverOtherAttributes, SignatureRefusal.SignatureInvalid)]
    [InlineData(Tampering.OtherCardsCertificate, SignatureRefusal.SignatureInvalid)]
    public async Task ATamperedSignedSubmissionIsRefusedAndNothingIsStored(Tampering tampering, SignatureRefusal expected)
    {
        var card = fixture.Pki.Issue();
        var (resident, pending) = await SignedAsync(card);
        await TamperAsync(tampering, card, resident, pending);

        var refused = await Assert.ThrowsAsync<SignatureRefusedException>(() => Services.Service.GetAsync(resident, pending.Id, None));

        Assert.Equal(expected, refused.Refusal);
        await AssertNothingStoredAsync(resident, pending.Id);
    }

    [Fact]
    public async Task ARefusedSignatureStaysRefusedWhenAskedAgainWithoutVerifyingOrRecordingAgain()
    {
        var card = fixture.Pki.Issue();
        var (resident, pending) = await SignedAsync(card);
        await TamperAsync(Tampering.SignatureOverOtherAttributes, card, resident, pending);
        await Assert.ThrowsAsync<SignatureRefusedException>(() => Services.Service.GetAsync(resident, pending.Id, None));

        var again = await Assert.ThrowsAsync<SignatureRefusedException>(() => Services.Service.GetAsync(resident, pending.Id, None));

        Assert.Equal(SignatureRefusal.SignatureInvalid, again.Refusal);
        var kept = (await Services.Submissions.ReadAsync(resident.PrincipalId, pending.Id, None))!.Document;
        Assert.Equal(SubmissionStates.Refused, kept.State);
        Assert.Single(await Services.HistoryOfAsync(resident),
            r => r.Operation == SubmissionOperations.Receive && r.Outcome == OperationOutcome.Refused);
    }

    [Fact]
    public async Task ASigningCertificateRevokedBeforeTheApplicationIsStoredIsRefused()
    {
        var card = fixture.Pki.Issue();
        var (resident, pending) = await SignedAsync(card);
        fixture.Pki.Revoke(card, "sign");
        await fixture.RefreshCrlsAsync();

        var refused = await Assert.ThrowsAsync<CertificateRefusedException>(() => Services.Service.GetAsync(resident, pending.Id, None));

        Assert.Equal(CertificateRefusal.Revoked, refused.Refusal);
        await AssertNothingStoredAsync(resident, pending.Id);
        Assert.Contains(await Services.HistoryOfAsync(resident), r => r.Operation == SubmissionOperations.Receive && r.Outcome == OperationOutcome.Refused);
    }

    [Fact]
    public async Task ACardRequestThatExpiresUnsignedEndsTheSubmission()
    {
        var resident = SubmissionsFixture.NewResident();
        var pending = await Services.Service.SubmitAsync(resident, Request(await Services.DraftAsync(resident, SubmissionsFixture.Signed)), None);

        _clock.Advance(CardRequestOptions.MaxLifetime + TimeSpan.FromSeconds(1));

        await Assert.ThrowsAsync<SubmissionExpiredException>(() => Services.Service.GetAsync(resident, pending.Submission.Id, None));
    }

    [Fact]
    public async Task ReceiptNumbersAreUniqueAcrossBodiesEvenWhenTheSameNumberIsDrawn()
    {
        var numbers = new FixedNumbers(7, 7, 8);
        var services = fixture.Services(_clock, numbers);
        var resident = SubmissionsFixture.NewResident();
        var inChiyoda = await services.DraftAsync(resident, SubmissionsFixture.Unsigned, SubmissionsFixture.Chiyoda);
        var inChuo = await services.DraftAsync(resident, SubmissionsFixture.Unsigned, SubmissionsFixture.Chuo);

        var first = await services.Service.SubmitAsync(resident, Request(inChiyoda), None);
        var second = await services.Service.SubmitAsync(resident, Request(inChuo), None);

        Assert.Equal(numbers.Number(7).ToString(), first.Submission.ReceiptNumber);
        Assert.Equal(numbers.Number(8).ToString(), second.Submission.ReceiptNumber);
        Assert.Equal(SubmissionsFixture.Chuo, (await services.Receipts.FindAsync(numbers.Number(8), None))!.LocalGovernmentCode);
        Assert.NotNull(await services.Applications.ReadAsync(SubmissionsFixture.Chuo, second.Submission.ReceiptNumber!, None));
    }

    /// <summary>
    /// residentRef: what the receiving body addresses a personal notice to. Stable for one resident at one body,
    /// different at another body (the two cannot link their applicants), and resolvable only by the body that got it.
    /// </summary>
    [Fact]
    public async Task EachApplicationCarriesTheApplicantsRefForItsBodyAloneAndOnlyThatBodyResolvesIt()
    {
        var resident = SubmissionsFixture.NewResident();
        var other = SubmissionsFixture.NewResident();

        var first = await ReceivedAsync(resident, SubmissionsFixture.Chiyoda);
        var second = await ReceivedAsync(resident, SubmissionsFixture.Chiyoda);
        var inChuo = await ReceivedAsync(resident, SubmissionsFixture.Chuo);
        var others = await ReceivedAsync(other, SubmissionsFixture.Chiyoda);

        Assert.Matches("^rr_[A-Za-z0-9_-]{22}$", first.ResidentRef);
        Assert.Equal(first.ResidentRef, second.ResidentRef);
        Assert.NotEqual(first.ResidentRef, inChuo.ResidentRef);
        Assert.NotEqual(first.ResidentRef, others.ResidentRef);
        Assert.DoesNotContain(resident.PrincipalId, first.ResidentRef!, StringComparison.Ordinal);
        Assert.Equal(resident.PrincipalId, await Services.ResidentRefs.ResolveAsync(SubmissionsFixture.Chiyoda, first.ResidentRef, None));
        Assert.Equal(resident.PrincipalId, await Services.ResidentRefs.ResolveAsync(SubmissionsFixture.Chuo, inChuo.ResidentRef, None));
        Assert.Null(await Services.ResidentRefs.ResolveAsync(SubmissionsFixture.Chuo, first.ResidentRef, None));
        Assert.Null(await Services.ResidentRefs.ResolveAsync(SubmissionsFixture.Chiyoda, "rr_AAAAAAAAAAAAAAAAAAAAAA", None));
        Assert.Null(await Services.ResidentRefs.ResolveAsync(SubmissionsFixture.Chiyoda, "../" + first.ResidentRef, None));
    }

    private async Task<Application> ReceivedAsync(ResidentContext resident, string body)
    {
        var draft = await Services.DraftAsync(resident, SubmissionsFixture.Unsigned, body);
        var done = await Services.Service.SubmitAsync(resident, Request(draft), None);
        return (await Services.Applications.ReadAsync(body, done.Submission.ReceiptNumber!, None))!.Document;
    }

    [Fact]
    public async Task ACorrectionIsANewlySignedRevisionUnderTheSameReceiptNumber()
    {
        var card = fixture.Pki.Issue();
        var (resident, first) = await SignedAsync(card);
        var receipt = (await Services.Service.GetAsync(resident, first.Id, None)).Submission.ReceiptNumber!;
        await RequestCorrectionAsync(receipt);
        var data = Forms.ValidAnswers.For(SubmissionsFixture.Signed);
        data["applicant"]!["phone"] = "03-9999-0000";
        var corrected = await Services.DraftAsync(resident, SubmissionsFixture.Signed, data: data);

        var pending = await Services.Service.SubmitAsync(resident, Request(corrected, correctionOf: receipt.Replace("-", "", StringComparison.Ordinal)), None);
        await Services.SignAsync(pending.Submission, card);
        var done = await Services.Service.GetAsync(resident, pending.Submission.Id, None);

        Assert.Equal(receipt, done.Submission.ReceiptNumber);
        Assert.Equal(ApplicationStatus.UnderReview, done.Status);
        var application = Assert.Single(await Services.ApplicationsOfAsync(resident));
        Assert.Equal([1, 2], application.Revisions.Select(r => r.Number));
        Assert.NotEqual(application.Revisions[0].DocumentSha256, application.Revisions[1].DocumentSha256);
        Assert.NotNull(application.Revisions[1].Cms);
        Assert.Equal(ApplicationStatus.UnderReview, application.Status);
        Assert.Contains(await Services.HistoryOfAsync(resident), r => r.Operation == SubmissionOperations.ReceiveCorrection && r.Target == receipt);
    }

    [Fact]
    public async Task ACorrectionOfAnApplicationNotAskedToBeCorrectedIsRefused()
    {
        var resident = SubmissionsFixture.NewResident();
        var done = await Services.Service.SubmitAsync(resident, Request(await Services.DraftAsync(resident, SubmissionsFixture.Unsigned)), None);
        var draft = await Services.DraftAsync(resident, SubmissionsFixture.Unsigned);

        await Assert.ThrowsAsync<StatusTransitionRefusedException>(
            () => Services.Service.SubmitAsync(resident, Request(draft, correctionOf: done.Submission.ReceiptNumber), None));
    }

    [Fact]
    public async Task ACorrectionOfAnotherResidentsApplicationIsNotFound()
    {
        var owner = SubmissionsFixture.NewResident();
        var done = await Services.Service.SubmitAsync(owner, Request(await Services.DraftAsync(owner, SubmissionsFixture.Unsigned)), None);
        await RequestCorrectionAsync(done.Submission.ReceiptNumber!);
        var other = SubmissionsFixture.NewResident();
        var draft = await Services.DraftAsync(other, SubmissionsFixture.Unsigned);

        await Assert.ThrowsAsync<ApplicationNotFoundException>(
            () => Services.Service.SubmitAsync(other, Request(draft, correctionOf: done.Submission.ReceiptNumber), None));
    }

    /// <summary>A resident, a signed-procedure submission, and the card's answer posted (not yet finalized).</summary>
    private async Task<(ResidentContext Resident, Submission Pending)> SignedAsync(TestCard card)
    {
        var resident = SubmissionsFixture.NewResident();
        var draft = await Services.DraftAsync(resident, SubmissionsFixture.Signed);
        var pending = await Services.Service.SubmitAsync(resident, Request(draft), None);
        await Services.SignAsync(pending.Submission, card);
        return (resident, pending.Submission);
    }

    private async Task TamperAsync(Tampering tampering, TestCard card, ResidentContext resident, Submission pending)
    {
        switch (tampering)
        {
            case Tampering.Document:
                var stored = (await Services.Submissions.ReadAsync(resident.PrincipalId, pending.Id, None))!;
                var altered = JsonNode.Parse(Convert.FromBase64String(stored.Document.Document))!;
                altered["data"]!["applicant"]!["name"] = "山田 次郎";
                var tampered = JsonCanonicalizer.Canonicalize(altered.ToJsonString());
                await Services.Submissions.ReplaceAsync(stored.Document with { Document = Convert.ToBase64String(tampered) }, stored.ETag, None);
                break;
            case Tampering.SignatureOverOtherAttributes:
                var other = SigningAttributes.Create(SHA256.HashData("another document"u8), _clock.GetUtcNow(), pending.CardRequestId!,
                    SubmissionsFixture.Audience, "bm9uY2U");
                var swapped = await CardSigner.SignAsync(card.File, JpkiKey.Signing, other);
                await ChangeOutcomeAsync(pending.CardRequestId!, o => o with { Signature = Convert.ToBase64String(swapped) });
                break;
            case Tampering.OtherCardsCertificate:
                var otherCard = fixture.Pki.Issue();
                await ChangeOutcomeAsync(pending.CardRequestId!, o => o with { Certificate = Convert.ToBase64String(otherCard.SigningCertificate) });
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(tampering), tampering, null);
        }
    }

    /// <summary>What the card request store holds, changed underneath (as an attacker with write access would).</summary>
    private async Task ChangeOutcomeAsync(string cardRequestId, Func<CardRequestOutcome, CardRequestOutcome> change)
    {
        var stored = (await Services.CardRequestRepository.FindAsync(cardRequestId, None))!;
        await Services.CardRequestRepository.ReplaceAsync(stored.Document with { Outcome = change(stored.Document.Outcome!) }, stored.ETag, None);
    }

    private async Task AssertNothingStoredAsync(ResidentContext resident, string submissionId)
    {
        Assert.Empty(await Services.ApplicationsOfAsync(resident));
        var submission = (await Services.Submissions.ReadAsync(resident.PrincipalId, submissionId, None))!.Document;
        Assert.False(submission.IsSubmitted);
        Assert.Null(submission.ReceiptNumber);
    }

    /// <summary>The agency's part: accepted, under review, then a correction requested (補正依頼).</summary>
    private async Task RequestCorrectionAsync(string receipt)
    {
        var number = ReceiptNumber.Parse(receipt);
        var body = (await Services.Receipts.FindAsync(number, None))!.LocalGovernmentCode;
        var stored = (await Services.Applications.ReadAsync(body, receipt, None))!;
        var now = _clock.GetUtcNow();
        var asked = stored.Document
            .WithStatus(ApplicationStatus.Accepted, StatusActor.Agency, now)
            .WithStatus(ApplicationStatus.UnderReview, StatusActor.Agency, now)
            .WithStatus(ApplicationStatus.CorrectionRequested, StatusActor.Agency, now, "電話番号を確認してください。");
        await Services.Applications.ReplaceAsync(asked, stored.ETag, None);
    }

    /// <summary>Draws the given random parts in order, on a fixed day.</summary>
    private sealed class FixedNumbers(params int[] randoms) : IReceiptNumberSource
    {
        private static readonly DateOnly Day = new(2026, 11, 27);
        private int _next;

        public ReceiptNumber Number(int random) => ReceiptNumber.Create(Day, random);

        public ReceiptNumber Next() => Number(randoms[Interlocked.Increment(ref _next) - 1]);
    }
}
