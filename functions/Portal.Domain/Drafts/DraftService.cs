using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Portal.Contracts.Errors;
using Portal.Domain.Drafts.Attachments;
using Portal.Domain.Errors;
using FormCatalog = Portal.Domain.Forms.FormCatalog;
using FormProgress = Portal.Domain.Forms.FormProgress;
using Portal.Domain.OperationHistory;
using Portal.Domain.Privacy;
using Portal.Domain.Procedures.Serving;
using Portal.Domain.Residents;
using Portal.Domain.Storage;

namespace Portal.Domain.Drafts;

/// <summary>
/// A resident's form drafts (一時保存・再開): create, read, list, change by JSON merge patch with optimistic
/// concurrency, delete (with the files), attach files. Only the principal's own partition is ever touched, so another
/// resident's draft id is simply not found. Every change is recorded in 操作履歴.
/// </summary>
public sealed class DraftService(
    DraftRepository repository,
    AttachmentStore attachments,
    CatalogHost catalog,
    FormCatalog forms,
    OperationHistoryStore history,
    IOptions<DraftOptions> options,
    TimeProvider clock)
{
    private const int MaxRetries = 5;

    /// <exception cref="InvalidInputException">procedureId or localGovernmentCode missing.</exception>
    /// <exception cref="ProcedureNotFoundException">No such procedure in the catalog.</exception>
    /// <exception cref="UnknownLocalGovernmentException">No such local government.</exception>
    /// <exception cref="IndividualNumberRefusedException">An answer looks like an individual number.</exception>
    public Task<Stored<Draft>> CreateAsync(ResidentContext resident, DraftInput input, CancellationToken cancellationToken) =>
        history.RecordAsync(resident, DraftOperations.Create, s => s.Document.Id, async () =>
        {
            var errors = new List<FieldError>();
            if (string.IsNullOrWhiteSpace(input.ProcedureId))
            {
                errors.Add(new FieldError("procedureId", FieldErrorCodes.Required));
            }
            if (string.IsNullOrWhiteSpace(input.LocalGovernmentCode))
            {
                errors.Add(new FieldError("localGovernmentCode", FieldErrorCodes.Required));
            }
            InvalidInputException.ThrowIfAny(errors);
            IndividualNumberGuard.EnsureNone(input.Data);
            var state = await catalog.GetAsync(cancellationToken);
            var template = state.TemplatesById.GetValueOrDefault(input.ProcedureId!)
                ?? throw new ProcedureNotFoundException(input.ProcedureId!);
            var localGovernment = catalog.LocalGovernments.Find(input.LocalGovernmentCode)
                ?? throw new UnknownLocalGovernmentException(input.LocalGovernmentCode!, []);
            var existing = await repository.ListAsync(resident.PrincipalId, cancellationToken);
            if (existing.Count >= options.Value.MaxDraftsPerResident)
            {
                throw new DraftLimitException("drafts", options.Value.MaxDraftsPerResident);
            }
            var form = template.FormId is { } formId ? forms.FindLatest(formId) : forms.FindByProcedure(template.Id);
            var now = clock.GetUtcNow();
            var draft = Stamp(new Draft
            {
                Id = DraftIdentifiers.NewDraftId(),
                ResidentId = resident.PrincipalId,
                ProcedureId = template.Id,
                LocalGovernmentCode = localGovernment.Code,
                FormId = form?.Id ?? template.FormId,
                FormVersion = form?.Version,
                Data = (JsonObject?)input.Data?.DeepClone() ?? [],
                CreatedAt = now,
                UpdatedAt = now,
                ExpiresAt = now,
            }, now);
            return await repository.CreateAsync(draft, cancellationToken);
        }, cancellationToken);

    /// <exception cref="DraftNotFoundException">Not one of the principal's drafts.</exception>
    public async Task<Stored<Draft>> GetAsync(ResidentContext resident, string id, CancellationToken cancellationToken) =>
        await repository.ReadAsync(resident.PrincipalId, id, cancellationToken) ?? throw new DraftNotFoundException(id);

    /// <summary>The principal's drafts, most recently changed first.</summary>
    public Task<IReadOnlyList<Draft>> ListAsync(ResidentContext resident, CancellationToken cancellationToken) =>
        repository.ListAsync(resident.PrincipalId, cancellationToken);

    /// <summary>やること: the drafts with the names a resident recognises them by.</summary>
    public async Task<IReadOnlyList<DraftTodoItem>> TodoAsync(ResidentContext resident, CancellationToken cancellationToken)
    {
        var drafts = await repository.ListAsync(resident.PrincipalId, cancellationToken);
        var state = await catalog.GetAsync(cancellationToken);
        return [.. drafts.Select(d => new DraftTodoItem(d,
            state.TemplatesById.GetValueOrDefault(d.ProcedureId)?.Name,
            catalog.LocalGovernments.Find(d.LocalGovernmentCode)?.Name))];
    }

    /// <summary>
    /// Applies an RFC 7396 merge patch to the answers. With <paramref name="ifMatch"/>, only onto that version (a
    /// stale one is refused with the current draft); without, onto whatever is current, re-reading on a race, so a
    /// bot saving one answer at a time never overwrites another answer.
    /// </summary>
    /// <exception cref="DraftConflictException">ifMatch is not the current version (412, with the current draft).</exception>
    /// <exception cref="IndividualNumberRefusedException">The patch holds something like an individual number.</exception>
    public Task<Stored<Draft>> PatchAsync(
        ResidentContext resident, string id, JsonNode? patch, string? ifMatch, CancellationToken cancellationToken) =>
        history.RecordAsync(resident, DraftOperations.Update, _ => id, async () =>
        {
            if (patch is not JsonObject)
            {
                throw InvalidInputException.For("data", FieldErrorCodes.Required);
            }
            IndividualNumberGuard.EnsureNone(patch);
            return await ChangeAsync(resident, id, ifMatch, draft => draft with
            {
                Data = (JsonObject)JsonMergePatch.Apply(draft.Data, patch)!,
            }, cancellationToken);
        }, cancellationToken);

    /// <summary>
    /// Merges answers computed from the current version (<paramref name="fill"/> answers a merge patch, empty for
    /// nothing to do) as one operation. On a race <paramref name="fill"/> runs again on the newer version, so what
    /// the resident typed in between is seen and never overwritten; with <paramref name="ifMatch"/> a newer version
    /// is refused instead.
    /// </summary>
    /// <exception cref="DraftConflictException">ifMatch is not the current version.</exception>
    /// <exception cref="IndividualNumberRefusedException">The computed answers hold something like an individual number.</exception>
    public Task<Stored<Draft>> FillAsync(
        ResidentContext resident, string id, string operation, Func<Draft, JsonObject> fill, string? ifMatch, CancellationToken cancellationToken) =>
        history.RecordAsync(resident, operation, _ => id, () => ChangeAsync(resident, id, ifMatch, draft =>
        {
            var patch = fill(draft);
            if (patch.Count == 0)
            {
                return draft;
            }
            IndividualNumberGuard.EnsureNone(patch);
            return draft with { Data = (JsonObject)JsonMergePatch.Apply(draft.Data, patch)! };
        }, cancellationToken), cancellationToken);

    /// <summary>Deletes the draft and its files (files first: a failure leaves the draft to retry, never orphan blobs).</summary>
    /// <exception cref="DraftConflictException">ifMatch given and stale.</exception>
    public Task<string> DeleteAsync(ResidentContext resident, string id, string? ifMatch, CancellationToken cancellationToken) =>
        history.RecordAsync(resident, DraftOperations.Delete, _ => id, async () =>
        {
            var current = await GetAsync(resident, id, cancellationToken);
            if (ifMatch is not null && !SameTag(ifMatch, current.ETag))
            {
                throw new DraftConflictException(current);
            }
            await attachments.DeleteAllAsync(resident.PrincipalId, id, cancellationToken);
            if (!await repository.DeleteAsync(resident.PrincipalId, id, null, cancellationToken))
            {
                throw new DraftNotFoundException(id);
            }
            return id;
        }, cancellationToken);

    /// <summary>Stores a file (checked by content, size and malware scan) and records it on the draft.</summary>
    /// <param name="declaredLength">The request's Content-Length, when given: refused before reading when over the limit.</param>
    public Task<(Stored<Draft> Draft, DraftAttachment Attachment)> AddAttachmentAsync(
        ResidentContext resident, string id, string? name, long? declaredLength, Stream content, CancellationToken cancellationToken) =>
        history.RecordAsync(resident, DraftOperations.AttachmentAdd, r => $"{id}/{r.Item2.Id}", async () =>
        {
            if (declaredLength > AttachmentLimits.MaxBytes)
            {
                throw new AttachmentTooLargeException(AttachmentLimits.MaxBytes);
            }
            var fileName = string.IsNullOrWhiteSpace(name) ? "attachment" : name.Trim();
            if (fileName.Length > AttachmentLimits.MaxNameLength)
            {
                throw InvalidInputException.For("name", FieldErrorCodes.TooLong, AttachmentLimits.MaxNameLength);
            }
            IndividualNumberGuard.EnsureNone(fileName, "name");
            var current = await GetAsync(resident, id, cancellationToken);
            if (current.Document.Attachments.Count >= options.Value.MaxAttachments)
            {
                throw new DraftLimitException("attachments", options.Value.MaxAttachments);
            }
            var attachmentId = DraftIdentifiers.NewAttachmentId();
            var file = await attachments.UploadAsync(resident.PrincipalId, id, attachmentId, content, cancellationToken);
            var attachment = new DraftAttachment(attachmentId, fileName, file.ContentType, file.Size, file.Sha256, clock.GetUtcNow());
            try
            {
                var stored = await ChangeAsync(resident, id, null,
                    draft => draft with { Attachments = [.. draft.Attachments, attachment] }, cancellationToken);
                return (stored, attachment);
            }
            catch
            {
                await attachments.DeleteAsync(resident.PrincipalId, id, attachmentId, CancellationToken.None);
                throw;
            }
        }, cancellationToken);

    /// <exception cref="DraftNotFoundException">No such draft or no such file on it.</exception>
    public Task<Stored<Draft>> DeleteAttachmentAsync(
        ResidentContext resident, string id, string attachmentId, CancellationToken cancellationToken) =>
        history.RecordAsync(resident, DraftOperations.AttachmentDelete, _ => $"{id}/{attachmentId}", async () =>
        {
            var stored = await ChangeAsync(resident, id, null, draft =>
                draft.Attachments.Any(a => a.Id == attachmentId)
                    ? draft with { Attachments = [.. draft.Attachments.Where(a => a.Id != attachmentId)] }
                    : throw new DraftNotFoundException(id), cancellationToken);
            await attachments.DeleteAsync(resident.PrincipalId, id, attachmentId, cancellationToken);
            return stored;
        }, cancellationToken);

    /// <returns>The file's record and its bytes.</returns>
    /// <exception cref="DraftNotFoundException">No such draft or file.</exception>
    public async Task<(DraftAttachment Attachment, Stream Content)> OpenAttachmentAsync(
        ResidentContext resident, string id, string attachmentId, CancellationToken cancellationToken)
    {
        var draft = (await GetAsync(resident, id, cancellationToken)).Document;
        var attachment = draft.Attachments.FirstOrDefault(a => a.Id == attachmentId) ?? throw new DraftNotFoundException(id);
        var content = await attachments.OpenReadAsync(resident.PrincipalId, id, attachmentId, cancellationToken)
            ?? throw new DraftNotFoundException(id);
        return (attachment, content);
    }

    public static bool SameTag(string ifMatch, string? etag) =>
        etag is not null && string.Equals(ifMatch.Trim().Trim('"'), etag.Trim('"'), StringComparison.Ordinal);

    private async Task<Stored<Draft>> ChangeAsync(
        ResidentContext resident, string id, string? ifMatch, Func<Draft, Draft> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var current = await GetAsync(resident, id, cancellationToken);
            if (ifMatch is not null && !SameTag(ifMatch, current.ETag))
            {
                throw new DraftConflictException(current);
            }
            var now = clock.GetUtcNow();
            var result = change(current.Document);
            if (ReferenceEquals(result, current.Document))
            {
                // Nothing to change: no write, so neither the version nor the expiry moves.
                return current;
            }
            var changed = Stamp(result with { UpdatedAt = now, ReminderSentAt = null }, now);
            try
            {
                return await repository.ReplaceAsync(changed, current.ETag, cancellationToken);
            }
            catch (ConcurrencyConflictException) when (ifMatch is null && attempt < MaxRetries)
            {
                // Someone else wrote in between: apply the same change to their version.
            }
            catch (ConcurrencyConflictException)
            {
                throw new DraftConflictException(await GetAsync(resident, id, cancellationToken));
            }
        }
    }

    /// <summary>Moves the expiry to a full lifetime from now, the TTL backstop after it, and recomputes progress.</summary>
    private Draft Stamp(Draft draft, DateTimeOffset now)
    {
        var lifetime = options.Value.Lifetime;
        var form = draft is { FormId: { } formId, FormVersion: { } version } ? forms.Find(formId, version) : null;
        return draft with
        {
            Progress = form is null ? null : FormProgress.Of(form, draft.Data).Percent,
            ExpiresAt = now + lifetime,
            Ttl = (int)Math.Min(int.MaxValue, (lifetime + options.Value.BackstopGrace).TotalSeconds),
        };
    }

}
