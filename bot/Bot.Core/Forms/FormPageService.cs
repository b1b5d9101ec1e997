using System.Text.Json.Nodes;
using Bot.Core.Conversations;
using Portal.Contracts.Forms;

namespace Bot.Core.Forms;

/// <summary>
/// The web form page behind a token: the sensitive fields (and attachments) of the conversation's draft, saved to the
/// portal with the conversation's session. The token must be the conversation's live one; values never touch the
/// bot's storage or logs.
/// </summary>
public sealed class FormPageService(ConversationStore conversations, FormsPortalClient portal, FormPageTokens tokens)
{
    /// <summary>Null for an unknown, expired or replaced token.</summary>
    public async Task<FormPage?> GetAsync(string token, CancellationToken cancellationToken)
    {
        var context = await LoadAsync(token, cancellationToken);
        if (context is null)
        {
            return null;
        }
        var draft = context.Value.Draft.Draft;
        return new FormPage(context.Value.Form.Title, [.. OnPage(context.Value).Select(q => q.Field.Kind == FieldKindNames.Attachment
            ? new FormPageField(q.Path, q.Label, q.Field.Help, true,
                AnswerPath.Get(draft.Data, q.Path) is JsonValue id && id.TryGetValue<string>(out var attachmentId)
                    ? draft.Attachments.FirstOrDefault(a => a.Id == attachmentId)?.Name
                    : null)
            : new FormPageField(q.Path, q.Label, q.Field.Help, false))]);
    }

    /// <summary>Checks the values with the portal's validator and saves them; the errors of these fields otherwise. Null: no such token.</summary>
    public async Task<IReadOnlyList<FieldErrorView>?> SaveAsync(string token, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        var context = await LoadAsync(token, cancellationToken);
        if (context is null)
        {
            return null;
        }
        var (session, stored, form, _) = context.Value;
        var fields = OnPage(context.Value).Where(q => q.Field.Kind != FieldKindNames.Attachment).ToDictionary(q => q.Path);
        var data = stored.Draft.Data;
        var patch = new JsonObject();
        foreach (var (path, text) in values)
        {
            if (!fields.TryGetValue(path, out var question))
            {
                continue;
            }
            var (value, problem) = FormAnswers.Read(question.Field, text);
            if (value is null)
            {
                return [new FieldErrorView(path, "unreadable", problem!)];
            }
            data = AnswerPath.With(data, path, value);
            patch = Merge(patch, AnswerPath.Patch(stored.Draft.Data, path, value));
        }
        var check = await portal.ValidateAsync(form.Id, form.Version, data, cancellationToken);
        var errors = check.Errors.Where(e => values.ContainsKey(e.Path) && fields.ContainsKey(e.Path)).ToList();
        if (errors.Count > 0)
        {
            return errors;
        }
        await PatchAsync(session, stored.Draft.Id, patch, cancellationToken);
        return [];
    }

    /// <summary>The page's fields are its own: patched over the draft's current version (read fresh, as an upload changes it).</summary>
    private async Task PatchAsync(PortalSession session, string draftId, JsonObject patch, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var fresh = await portal.GetDraftAsync(session, draftId, cancellationToken);
            if (fresh is not null && await portal.PatchDraftAsync(session, draftId, patch, fresh.ETag, cancellationToken) is not null)
            {
                return;
            }
        }
        throw new Portal.PortalApiException(System.Net.HttpStatusCode.PreconditionFailed, "patch-draft");
    }

    /// <summary>
    /// Streams a file to the portal's draft and records its id as the answer at <paramref name="path"/> (the form's
    /// attachment answer is the draft attachment's id); a file it replaces is removed. Null: no such token.
    /// </summary>
    public async Task<AttachOutcome?> AttachAsync(string token, string path, string? fileName, Stream content, long? length,
        CancellationToken cancellationToken)
    {
        var context = await LoadAsync(token, cancellationToken);
        if (context is null)
        {
            return null;
        }
        var (session, stored, _, _) = context.Value;
        if (!OnPage(context.Value).Any(q => q.Path == path && q.Field.Kind == FieldKindNames.Attachment))
        {
            return AttachOutcome.NotAnAttachment;
        }
        var name = string.IsNullOrWhiteSpace(fileName) ? "attachment" : fileName.Trim();
        var upload = await portal.AddAttachmentAsync(session, stored.Draft.Id, name, content, length, cancellationToken);
        if (upload is null)
        {
            return null;
        }
        if (upload.Attachment is not { } attachment)
        {
            return new AttachOutcome(null, upload.Refused?.Title ?? "このファイルは添付できません", upload.Refused?.Detail);
        }
        var previous = AnswerPath.Get(stored.Draft.Data, path) is JsonValue old && old.TryGetValue<string>(out var id) ? id : null;
        await PatchAsync(session, stored.Draft.Id, AnswerPath.Patch(stored.Draft.Data, path, JsonValue.Create(attachment.Id)), cancellationToken);
        if (previous is not null && previous != attachment.Id && stored.Draft.Attachments.Any(a => a.Id == previous))
        {
            await portal.DeleteAttachmentAsync(session, stored.Draft.Id, previous, cancellationToken);
        }
        return new AttachOutcome(new FormPageAttachment(path, attachment.Id, attachment.Name), null, null);
    }

    private static IEnumerable<FormQuestion> OnPage((PortalSession Session, StoredDraft Draft, FormDefinitionView Form, IReadOnlyList<FormQuestion> Questions) context) =>
        context.Questions.Where(q => q.OnPage);

    private async Task<(PortalSession Session, StoredDraft Draft, FormDefinitionView Form, IReadOnlyList<FormQuestion> Questions)?> LoadAsync(
        string token, CancellationToken cancellationToken)
    {
        if (FormPageTokens.ConversationKey(token) is not { } key)
        {
            return null;
        }
        var state = (await conversations.ReadAsync(key, cancellationToken)).State;
        if (!tokens.IsValid(state.Form, token) || state.PortalSession is not { } session)
        {
            return null;
        }
        var stored = await portal.GetDraftAsync(session, state.Form!.DraftId, cancellationToken);
        if (stored?.Draft is not { FormId: { } formId, FormVersion: { } version })
        {
            return null;
        }
        var form = await portal.GetFormAsync(formId, version, cancellationToken);
        return (session, stored, form, FormQuestions.All(form, stored.Draft.Data, state.Form.ClosedGroups));
    }

    private static JsonObject Merge(JsonObject target, JsonObject patch)
    {
        foreach (var (name, value) in patch.ToList())
        {
            if (value is JsonObject inner && target[name] is JsonObject existing)
            {
                Merge(existing, inner);
            }
            else
            {
                target[name] = value?.DeepClone();
            }
        }
        return target;
    }
}
