using System.Text.Json.Nodes;
using Bot.Core.Conversations;
using Bot.Core.Login;
using Bot.Core.Messages;
using Bot.Core.Portal;
using Bot.Core.PublicFundsAccounts;
using Portal.Contracts.Forms;

namespace Bot.Core.Forms;

/// <summary>
/// Asking and answering: reads the draft, asks the question due (in the definition's order and conditions; fields not
/// asked in the chat through the web form page) or shows the review, and takes an answer — read for the field's kind,
/// checked by the portal's validator, saved at once into the draft.
/// </summary>
public sealed class FormQuestioning(FormsPortalClient portal, FormPageTokens pages, PublicFundsAccountPortalClient accounts)
{
    /// <summary>Typed or tapped text as the answer to the question asked now.</summary>
    public async Task<TurnResult> AnswerAsync(string text, ConversationState state, CancellationToken cancellationToken)
    {
        var (session, filling) = (state.PortalSession!, state.Form!);
        var context = await LoadAsync(session, filling, cancellationToken);
        if (context is null)
        {
            return Gone(state);
        }
        var (stored, form) = context.Value;
        var data = stored.Draft.Data;
        var questions = FormQuestions.All(form, data, filling.ClosedGroups);
        if (Current(questions, filling, data) is not { } question)
        {
            return Review(state, filling, form, questions, data);
        }
        if (question.IsMore)
        {
            var (more, moreProblem) = FormAnswers.Read(question.Field with { Kind = FieldKindNames.YesNo }, text);
            if (more is null)
            {
                return Ask(state, filling, question, data, [new TextMessage(moreProblem!)]);
            }
            var answered = filling with { History = [.. filling.History, question.Path], Asking = null };
            if (!more.GetValue<bool>())
            {
                return await ContinueAsync(state, answered with { ClosedGroups = [.. answered.ClosedGroups, question.Field.Name] }, session, false, [], cancellationToken);
            }
            var count = AnswerPath.Get(data, question.Field.Name) is JsonArray items ? items.Count : 0;
            await SaveAsync(session, filling.DraftId, stored, $"{question.Field.Name}[{count}]", new JsonObject(), cancellationToken);
            return await ContinueAsync(state, answered, session, false, [], cancellationToken);
        }
        if (question.OnPage)
        {
            return Ask(state, filling, question, data, [FormReplies.NotInChat(question)]);
        }
        var (value, problem) = FormAnswers.Read(question.Field, text);
        if (value is null)
        {
            return Ask(state, filling, question, data, [new TextMessage(problem!)]);
        }
        var candidate = AnswerPath.With(data, question.Path, value);
        var check = await portal.ValidateAsync(form.Id, form.Version, candidate, cancellationToken);
        var errors = check.Errors.Where(e => e.Path == question.Path).Select(e => e.Message).ToList();
        if (errors.Count > 0)
        {
            return Ask(state, filling, question, data, [FormReplies.Problem(question, errors)]);
        }
        IReadOnlyList<OutgoingMessage> said = [];
        if (question.Field.PublicFundsAccount && value.GetValueKind() == System.Text.Json.JsonValueKind.True)
        {
            // 「公金受取口座を利用する」: say which account will be paid into, or, with none registered, keep the question open.
            var account = await accounts.GetAsync(session, cancellationToken);
            if (account.Value is { } registered)
            {
                said = [FormReplies.PaidInto(registered)];
            }
            else if (session.Acting is not null)
            {
                said = [FormReplies.PaidIntoPrincipals];
            }
            else
            {
                return Ask(state, filling, question, data, [FormReplies.NoPublicFundsAccount]);
            }
        }
        await SaveAsync(session, filling.DraftId, stored, question.Path, value, cancellationToken);
        var next = filling with { History = [.. filling.History, question.Path], Asking = null };
        return await ContinueAsync(state, next, session, false, said, cancellationToken);
    }

    /// <summary>Reads the draft and asks what comes next (the question asked again, the next unanswered, or the review).</summary>
    public async Task<TurnResult> ContinueAsync(ConversationState state, FormFilling filling, PortalSession session, bool intro,
        IReadOnlyList<OutgoingMessage> before, CancellationToken cancellationToken)
    {
        var context = await LoadAsync(session, filling, cancellationToken);
        if (context is null)
        {
            return Gone(state);
        }
        var (stored, form) = context.Value;
        var data = stored.Draft.Data;
        var questions = FormQuestions.All(form, data, filling.ClosedGroups);
        IReadOnlyList<OutgoingMessage> lead = intro ? [FormReplies.Intro(form), .. before] : before;
        return Current(questions, filling, data) is { } question
            ? Ask(state, filling, question, data, lead)
            : Review(state, filling, form, questions, data, lead);
    }

    private TurnResult Ask(ConversationState state, FormFilling filling, FormQuestion question, JsonObject data, IReadOnlyList<OutgoingMessage> before)
    {
        if (question.OnPage)
        {
            filling = pages.Issue(filling, state.Id);
        }
        var page = question.OnPage ? pages.PageUrl(filling.PageToken!, ConversationKeys.User(state.Id).Channel) : null;
        return new TurnResult(state with { Step = ConversationSteps.Form, Form = filling }, [.. before, .. FormReplies.Question(question, data, page)]);
    }

    private static TurnResult Review(ConversationState state, FormFilling filling, FormDefinitionView form, IReadOnlyList<FormQuestion> questions,
        JsonObject data, IReadOnlyList<OutgoingMessage>? before = null) =>
        new(state with { Step = ConversationSteps.Form, Form = filling with { Asking = null, IdempotencyKey = filling.IdempotencyKey ?? Guid.NewGuid().ToString("N") } },
            [.. before ?? [], .. FormReplies.Review(form, questions, data)]);

    private static FormQuestion? Current(IReadOnlyList<FormQuestion> questions, FormFilling filling, JsonObject data) =>
        (filling.Asking is { } asking ? questions.FirstOrDefault(q => q.Path == asking) : null) ?? FormQuestions.NextUnanswered(questions, data);

    /// <summary>The draft and its form definition; null when the draft is gone.</summary>
    public async Task<(StoredDraft Draft, FormDefinitionView Form)?> LoadAsync(PortalSession session, FormFilling filling, CancellationToken cancellationToken)
    {
        var stored = await portal.GetDraftAsync(session, filling.DraftId, cancellationToken);
        if (stored?.Draft is not { FormId: { } formId, FormVersion: { } version })
        {
            return null;
        }
        return (stored, await portal.GetFormAsync(formId, version, cancellationToken));
    }

    /// <summary>One answer, saved at once with If-Match; on 412 (changed elsewhere) re-read and patch again once.</summary>
    private async Task SaveAsync(PortalSession session, string draftId, StoredDraft stored, string path, JsonNode value, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 2; attempt++)
        {
            if (await portal.PatchDraftAsync(session, draftId, AnswerPath.Patch(stored.Draft.Data, path, value), stored.ETag, cancellationToken) is not null)
            {
                return;
            }
            stored = await portal.GetDraftAsync(session, draftId, cancellationToken) ?? throw new PortalApiException(System.Net.HttpStatusCode.NotFound, "patch-draft");
        }
        throw new PortalApiException(System.Net.HttpStatusCode.PreconditionFailed, "patch-draft");
    }

    /// <summary>The draft is gone (submitted, deleted, expired): the form leaves the conversation.</summary>
    public static TurnResult Gone(ConversationState state) =>
        new(state with { Step = ConversationSteps.Idle, Form = null }, FormReplies.DraftGone, Replies.Menu());
}
