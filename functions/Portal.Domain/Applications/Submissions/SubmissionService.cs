using System.Globalization;
using System.Text.Json;
using Portal.Contracts.Errors;
using Portal.Contracts.CardRequests;
using Portal.Domain.Applications.Canonical;
using Portal.Domain.Drafts;
using Portal.Domain.Errors;
using Portal.Domain.Forms;
using Portal.Domain.Identity.CardRequests;
using Portal.Domain.OperationHistory;
using Portal.Domain.Procedures.Serving;
using Portal.Domain.Proxies;
using Portal.Domain.Proxies.Acting;
using Portal.Domain.Residents;
using Portal.Domain.Storage;

namespace Portal.Domain.Applications.Submissions;

/// <summary>
/// 電子申請の送信: turns a resident's draft into the canonical application document and, when the procedure needs the
/// card's signature, a sign card request over it; <see cref="SubmissionFinalizer"/> stores the application once signed.
/// The Idempotency-Key decides everything about repeats: the submission id is its hash, created only if absent, so two
/// requests with the same key (even at the same moment) share one submission and so one application.
/// </summary>
public sealed class SubmissionService(
    SubmissionRepository repository,
    DraftRepository drafts,
    CatalogHost catalog,
    FormCatalog forms,
    FormValidator validator,
    PublicFundsAccountChoice publicFundsAccount,
    CorrectionTargets corrections,
    CardRequestService cardRequests,
    SubmissionFinalizer finalizer,
    OperationHistoryStore history,
    Delegations delegations,
    TimeProvider clock)
{
    /// <summary>How long a submission (and so its key) is remembered; well past a card request's life.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromDays(1);

    /// <summary>Who asks for the signature, as the signer shows it.</summary>
    public const string ClientName = "マイナポータル";

    public const string CardRequestKind = "application-submission";

    /// <summary>Starts (or, with a key already used, resumes) a submission.</summary>
    /// <exception cref="IdempotencyKeyInvalidException">The key is missing or malformed.</exception>
    /// <exception cref="IdempotencyKeyReusedException">The key was used for another body.</exception>
    /// <exception cref="DraftNotFoundException">Not the resident's draft.</exception>
    /// <exception cref="ApplicationInvalidException">The answers do not pass the form.</exception>
    /// <exception cref="ApplicationNotOnlineException">Not offered online there.</exception>
    public async Task<SubmissionProgress> SubmitAsync(ResidentContext resident, SubmissionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!SubmissionIds.IsValidKey(request.IdempotencyKey))
        {
            throw new IdempotencyKeyInvalidException();
        }
        var id = SubmissionIds.For(resident.PrincipalId, request.IdempotencyKey);
        var existing = await repository.ReadAsync(resident.PrincipalId, id, cancellationToken);
        if (existing is null)
        {
            existing = await StartRecordedAsync(resident, id, request, cancellationToken);
        }
        EnsureSameRequest(existing.Document, request);
        return await finalizer.AdvanceAsync(resident, existing, cancellationToken);
    }

    /// <summary>The submission as it stands, storing the application when the card has signed.</summary>
    /// <exception cref="SubmissionNotFoundException">Not the resident's (or expired).</exception>
    public async Task<SubmissionProgress> GetAsync(ResidentContext resident, string id, CancellationToken cancellationToken)
    {
        var stored = SubmissionIds.IsId(id) ? await repository.ReadAsync(resident.PrincipalId, id, cancellationToken) : null;
        return await finalizer.AdvanceAsync(resident, stored ?? throw new SubmissionNotFoundException(), cancellationToken);
    }

    /// <summary>
    /// Starts it and records 操作履歴 once per submission: of two concurrent requests with one key, only the one whose
    /// submission was created records success (both record their refusals, as any refused attempt is).
    /// </summary>
    private async Task<Stored<Submission>> StartRecordedAsync(
        ResidentContext resident, string id, SubmissionRequest request, CancellationToken cancellationToken)
    {
        var operation = request.CorrectionOf is null ? SubmissionOperations.Submit : SubmissionOperations.Correct;
        (Stored<Submission> Stored, bool Created) started;
        try
        {
            started = await StartAsync(resident, id, request, cancellationToken);
        }
        catch (Exception e) when (e is PortalException and not DependencyUnavailableException)
        {
            // The same key sent twice at once: the other request may have submitted and consumed the draft first.
            // Its submission is this one, so this request answers with it rather than with a missing draft.
            if (e is DraftNotFoundException && await repository.ReadAsync(resident.PrincipalId, id, cancellationToken) is { } concurrent)
            {
                return concurrent;
            }
            await history.AppendAsync(resident, operation, null, OperationOutcome.Refused, CancellationToken.None);
            throw;
        }
        if (started.Created)
        {
            await history.AppendAsync(resident, operation, id, OperationOutcome.Succeeded, cancellationToken);
        }
        return started.Stored;
    }

    private async Task<(Stored<Submission> Stored, bool Created)> StartAsync(
        ResidentContext resident, string id, SubmissionRequest request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.DraftId))
        {
            throw InvalidInputException.For("draftId", FieldErrorCodes.Required);
        }
        var draft = (await drafts.ReadAsync(resident.PrincipalId, request.DraftId, cancellationToken))?.Document
            ?? throw new DraftNotFoundException(request.DraftId);
        var state = await catalog.GetAsync(cancellationToken);
        var hit = state.Index.Find(draft.ProcedureId, draft.LocalGovernmentCode)
            ?? throw new ProcedureNotFoundException(draft.ProcedureId);
        var template = hit.Procedure;
        if (!template.OnlineCapable || hit.Offering?.IsOnline != true || hit.OfferedBy is null)
        {
            throw new ApplicationNotOnlineException(draft.Id);
        }
        var form = (draft is { FormId: { } formId, FormVersion: { } version } ? forms.Find(formId, version) : null)
            ?? throw new FormNotFoundException(draft.FormId ?? draft.ProcedureId, draft.FormVersion);
        var errors = validator.Validate(form, draft.Data);
        if (errors.Count == 0)
        {
            errors = await publicFundsAccount.CheckAsync(resident.PrincipalId, form, draft.Data, cancellationToken);
        }
        if (errors.Count > 0)
        {
            throw new ApplicationInvalidException(errors);
        }
        string? correctionOf = null;
        if (request.CorrectionOf is not null)
        {
            var corrected = (await corrections.FindAsync(resident.PrincipalId, request.CorrectionOf, cancellationToken)).Document;
            CorrectionTargets.EnsureAccepts(corrected, template.Id, hit.OfferedBy);
            correctionOf = corrected.Id;
        }

        var attachments = draft.Attachments
            .Select(a => new SubmissionAttachment(a.Id, a.Name, a.ContentType, a.Size, a.Sha256)).ToList();
        var formVersion = form.Version.ToString(CultureInfo.InvariantCulture);
        var document = CanonicalDocument.Create(new ApplicationContent(template.Id, form.Id, formVersion, hit.OfferedBy,
            JsonSerializer.SerializeToElement(draft.Data), [.. attachments.Select(a => a.Reference)]));
        var now = clock.GetUtcNow();
        var submission = new Submission
        {
            Id = id,
            ResidentId = resident.PrincipalId,
            DraftId = draft.Id,
            NotifyByEmail = request.NotifyByEmail,
            CorrectionOf = correctionOf,
            ProcedureId = template.Id,
            ProcedureName = template.Name,
            FormId = form.Id,
            FormVersion = formVersion,
            LocalGovernmentCode = hit.OfferedBy,
            BodyName = hit.OfferedByName ?? hit.OfferedBy,
            Document = Convert.ToBase64String(document.ToArray()),
            DocumentSha256 = document.Sha256Hex,
            Attachments = attachments,
            State = SubmissionStates.PendingSignature,
            ReceiptNumber = correctionOf,
            CreatedAt = now,
            Ttl = (int)Retention.TotalSeconds,
            FiledBy = await FiledByAsync(resident, cancellationToken),
        };
        if (template.RequiresSignature)
        {
            // The one who signs must be the one who submits: the actor — a proxy's own card, never the principal's.
            var card = await cardRequests.CreateSignAsync(
                new NewCardRequest(ClientName, template.Name, new RequestingClient(resident.ClientId), new CardRequestContext(CardRequestKind, id)),
                document.Sha256.ToArray(), new CardRequestSigning(template.Name, submission.BodyName, SignerSummary(submission)),
                resident.ActorId, cancellationToken);
            submission = submission with
            {
                CardRequestId = card.Id,
                CardRequestUserCode = card.UserCode,
                SignedAttributes = card.Request.DataToSign,
                CardRequestExpiresAt = card.ExpiresAt,
            };
        }
        try
        {
            return (await repository.CreateAsync(submission, cancellationToken), true);
        }
        catch (DuplicateDocumentException)
        {
            // The same key at the same moment: the first one's submission is the one (our card request just expires).
            return (await repository.ReadAsync(resident.PrincipalId, id, cancellationToken) ?? throw new SubmissionNotFoundException(), false);
        }
    }

    /// <summary>The delegation a proxy submits under, as it stands now (the authenticator checked it is in effect).</summary>
    private async Task<ProxyFiling?> FiledByAsync(ResidentContext resident, CancellationToken cancellationToken)
    {
        if (!resident.IsProxy)
        {
            return null;
        }
        var delegation = (await delegations.ReadAsync(resident.DelegationId!, cancellationToken))?.Document
            ?? throw new DelegationNotFoundException();
        return ProxyFiling.Of(delegation);
    }

    /// <summary>What is signed, in words the signer shows before the PIN.</summary>
    private static string SignerSummary(Submission submission)
    {
        var what = submission.CorrectionOf is { } receipt
            ? $"受付番号 {receipt} の「{submission.ProcedureName}」の補正"
            : $"「{submission.ProcedureName}」の申請";
        var files = submission.Attachments.Count == 0 ? "添付ファイルなし" : $"添付ファイル{submission.Attachments.Count}件";
        return $"{submission.BodyName}への{what}（{files}）";
    }

    /// <summary>A key answers only the request it was first used for.</summary>
    private static void EnsureSameRequest(Submission submission, SubmissionRequest request)
    {
        var correctionOf = request.CorrectionOf is null ? null
            : Receipts.ReceiptNumber.TryParse(request.CorrectionOf, out var number) ? number.ToString() : request.CorrectionOf;
        if (submission.DraftId != request.DraftId || submission.NotifyByEmail != request.NotifyByEmail
            || submission.CorrectionOf != correctionOf)
        {
            throw new IdempotencyKeyReusedException();
        }
    }
}
