using System.Text.Json.Nodes;
using Bot.Core.Actions;
using Bot.Core.Conversations;
using Bot.Core.Login;
using Bot.Core.Menu;
using Bot.Core.Messages;
using Bot.Core.Portal;
using Bot.Core.Search;
using Portal.Contracts.Applications;
using Portal.Contracts.Forms;

namespace Bot.Core.Forms;

/// <summary>
/// 申請する in the chat, driven by the form definition only: one question at a time in its order and conditions, each
/// answer checked by the portal's validator and saved at once into the draft, 戻る / あとで, fields marked sensitive and
/// attachments on the web form page, a review, then the submission (signature, receipt number, or print and send).
/// </summary>
public sealed class FormFlow(FormsPortalClient portal, PortalApiClient procedures, FormPageTokens pages, LoginFlow login, FormSigning signing)
{
    /// <summary>Text that goes to the form while one is open: anything but the menu words (戻る is the form's).</summary>
    public static bool Takes(ConversationState state, string text) =>
        state.Step == ConversationSteps.Form && state.Form is not null
        && (text == "戻る" || (!MenuFlow.IsMenuWord(text) && !MenuFlow.IsTodoWord(text) && !SearchFlow.IsSearchWord(text)));

    public async Task<TurnResult> StartAsync(string? procedureId, ConversationState state, CancellationToken cancellationToken)
    {
        if (procedureId is null)
        {
            return Replies.Stale(state);
        }
        // Logs in first when needed; the login continues with this same action once the card has answered.
        var check = await login.RequireLoginAsync(state, BotActions.Apply(procedureId).ToString(), cancellationToken);
        if (!check.IsLoggedIn)
        {
            return check.ToTurn();
        }
        state = check.State;
        var session = state.PortalSession!;
        if (state.LocalGovernment is not { } place)
        {
            return new TurnResult(state, FormReplies.NeedLocalGovernment, Replies.Menu());
        }
        var created = await portal.CreateDraftAsync(session, procedureId, place.Code, cancellationToken);
        if (created.Draft.FormId is null)
        {
            return new TurnResult(state, FormReplies.NoChatForm, Replies.Menu());
        }
        await portal.PrefillAsync(session, created.Draft.Id, cancellationToken);
        var progress = new FormProgress { DraftId = created.Draft.Id, ProcedureId = procedureId, LocalGovernmentCode = place.Code };
        return await ContinueAsync(state, progress, session, intro: true, [], cancellationToken);
    }

    /// <summary>やること with a session: the drafts to continue.</summary>
    public async Task<TurnResult> TodoAsync(ConversationState state, CancellationToken cancellationToken)
    {
        var check = await login.RequireLoginAsync(state, BotActions.Todo.ToString(), cancellationToken);
        if (!check.IsLoggedIn)
        {
            return check.ToTurn();
        }
        state = check.State;
        var session = state.PortalSession!;
        var todo = await portal.TodoAsync(session, cancellationToken);
        var idle = state with { Step = ConversationSteps.Idle, Form = null };
        if (todo.Items.Count == 0)
        {
            return new TurnResult(idle, new TextMessage("いま、やることはありません。"), Replies.Menu());
        }
        var choices = todo.Items.Take(ChoicesMessage.MaxChoices - 1)
            .Select(item => new Choice(Short(item.ProcedureName ?? "入力途中の申請"), FormActions.Resume(item.DraftId).ToString()))
            .Append(Replies.Choice("ホーム", BotActions.Home));
        return new TurnResult(idle, new ChoicesMessage("入力途中の申請があります。続けるものを選んでください。", [.. choices]));
    }

    public Task<TurnResult> HandleAsync(BotAction action, ConversationState state, CancellationToken cancellationToken)
    {
        if (action.Verb == "resume")
        {
            return ResumeAsync(action.Argument, state, cancellationToken);
        }
        if (state.Form is null || state.PortalSession is null)
        {
            return Task.FromResult(Replies.Stale(state));
        }
        return (action.Verb, action.Argument) switch
        {
            ("pick", { } value) => AnswerAsync(value, state, cancellationToken),
            ("back", null) => BackAsync(state, cancellationToken),
            ("later", null) => Task.FromResult(Later(state)),
            ("continue", null) => ContinueAsync(state, state.Form, state.PortalSession, intro: false, [], cancellationToken),
            ("edit", null) => EditAsync(state, cancellationToken),
            ("edit", { } section) => EditSectionAsync(section, state, cancellationToken),
            ("submit", null) => SubmitAsync(state, cancellationToken),
            ("signed", null) => signing.SignedAsync(state, cancellationToken),
            _ => Task.FromResult(Replies.Stale(state)),
        };
    }

    public Task<TurnResult> TextAsync(string text, ConversationState state, CancellationToken cancellationToken) => text switch
    {
        "戻る" => BackAsync(state, cancellationToken),
        "あとで" => Task.FromResult(Later(state)),
        _ => AnswerAsync(text, state, cancellationToken),
    };

    private async Task<TurnResult> ResumeAsync(string? draftId, ConversationState state, CancellationToken cancellationToken)
    {
        if (state.PortalSession is not { } session)
        {
            // TODO(login): RequireLoginAsync(state, pendingIntent: FormActions.Resume(draftId)).
            return new TurnResult(state, Replies.LoginNeeded("申請の続き"), Replies.Menu());
        }
        var stored = draftId is null ? null : await portal.GetDraftAsync(session, draftId, cancellationToken);
        if (stored is null)
        {
            return new TurnResult(state with { Step = ConversationSteps.Idle, Form = null }, FormReplies.DraftGone, Replies.Menu());
        }
        var progress = new FormProgress
        {
            DraftId = stored.Draft.Id, ProcedureId = stored.Draft.ProcedureId, LocalGovernmentCode = stored.Draft.LocalGovernmentCode,
        };
        return await ContinueAsync(state, progress, session, intro: true, [], cancellationToken);
    }

    private async Task<TurnResult> AnswerAsync(string text, ConversationState state, CancellationToken cancellationToken)
    {
        var (session, progress) = (state.PortalSession!, state.Form!);
        var context = await LoadAsync(session, progress, cancellationToken);
        if (context is null)
        {
            return Gone(state);
        }
        var (stored, form) = context.Value;
        var data = stored.Draft.Data;
        var questions = FormQuestions.All(form, data, progress.ClosedGroups);
        if (Current(questions, progress, data) is not { } question)
        {
            return Review(state, progress, form, questions, data);
        }
        if (question.IsMore)
        {
            var (more, moreProblem) = FormAnswers.Read(question.Field with { Kind = FieldKindNames.YesNo }, text);
            if (more is null)
            {
                return Ask(state, progress, question, data, [new TextMessage(moreProblem!)]);
            }
            var answered = progress with { History = [.. progress.History, question.Path], Asking = null };
            if (!more.GetValue<bool>())
            {
                return await ContinueAsync(state, answered with { ClosedGroups = [.. answered.ClosedGroups, question.Field.Name] }, session, false, [], cancellationToken);
            }
            var count = AnswerPath.Get(data, question.Field.Name) is JsonArray items ? items.Count : 0;
            await SaveAsync(session, progress.DraftId, stored, $"{question.Field.Name}[{count}]", new JsonObject(), cancellationToken);
            return await ContinueAsync(state, answered, session, false, [], cancellationToken);
        }
        if (question.OnPage)
        {
            return Ask(state, progress, question, data, [FormReplies.NotInChat(question)]);
        }
        var (value, problem) = FormAnswers.Read(question.Field, text);
        if (value is null)
        {
            return Ask(state, progress, question, data, [new TextMessage(problem!)]);
        }
        var candidate = AnswerPath.With(data, question.Path, value);
        var check = await portal.ValidateAsync(form.Id, form.Version, candidate, cancellationToken);
        var errors = check.Errors.Where(e => e.Path == question.Path).Select(e => e.Message).ToList();
        if (errors.Count > 0)
        {
            return Ask(state, progress, question, data, [FormReplies.Problem(question, errors)]);
        }
        await SaveAsync(session, progress.DraftId, stored, question.Path, value, cancellationToken);
        var next = progress with { History = [.. progress.History, question.Path], Asking = null };
        return await ContinueAsync(state, next, session, false, [], cancellationToken);
    }

    private async Task<TurnResult> BackAsync(ConversationState state, CancellationToken cancellationToken)
    {
        var progress = state.Form!;
        if (progress.History.Count == 0)
        {
            return await ContinueAsync(state, progress, state.PortalSession!, false, [FormReplies.FirstQuestion], cancellationToken);
        }
        var previous = progress.History[^1];
        var group = previous.EndsWith(FormQuestion.MoreSuffix, StringComparison.Ordinal) ? previous[..^FormQuestion.MoreSuffix.Length] : null;
        var back = progress with
        {
            History = [.. progress.History.Take(progress.History.Count - 1)],
            Asking = previous,
            ClosedGroups = [.. progress.ClosedGroups.Where(g => g != group)],
        };
        return await ContinueAsync(state, back, state.PortalSession!, false, [], cancellationToken);
    }

    private static TurnResult Later(ConversationState state) =>
        new(state with { Step = ConversationSteps.Idle, Form = null }, FormReplies.Saved, Replies.Menu());

    private async Task<TurnResult> EditAsync(ConversationState state, CancellationToken cancellationToken)
    {
        var context = await LoadAsync(state.PortalSession!, state.Form!, cancellationToken);
        return context is null ? Gone(state) : new TurnResult(state, FormReplies.EditSections(context.Value.Form));
    }

    private async Task<TurnResult> EditSectionAsync(string sectionId, ConversationState state, CancellationToken cancellationToken)
    {
        var progress = state.Form!;
        var context = await LoadAsync(state.PortalSession!, progress, cancellationToken);
        if (context is null)
        {
            return Gone(state);
        }
        var (stored, form) = context.Value;
        var first = FormQuestions.All(form, stored.Draft.Data, progress.ClosedGroups).FirstOrDefault(q => q.SectionId == sectionId && !q.IsMore);
        return first is null ? Replies.Stale(state) : await ContinueAsync(state, progress with { Asking = first.Path }, state.PortalSession!, false, [], cancellationToken);
    }

    private async Task<TurnResult> SubmitAsync(ConversationState state, CancellationToken cancellationToken)
    {
        var progress = state.Form!;
        var key = progress.IdempotencyKey ?? Guid.NewGuid().ToString("N");
        var outcome = await portal.SubmitAsync(state.PortalSession!, progress.DraftId, key, cancellationToken);
        if (outcome.PrintPath is { } print)
        {
            return await NotOnlineAsync(state, progress, print, cancellationToken);
        }
        if (outcome.Errors is { Count: > 0 } errors)
        {
            // Refused as a whole (e.g. changed elsewhere meanwhile): explain, and ask the first field again.
            return await ContinueAsync(state, progress with { Asking = errors[0].Path }, state.PortalSession!, false,
                [new TextMessage("入力内容を確認してください。" + string.Join(" ", errors.Select(e => e.Message)))], cancellationToken);
        }
        return await signing.SubmittedAsync(state, progress with { IdempotencyKey = key }, outcome.Submission!, cancellationToken);
    }

    private async Task<TurnResult> NotOnlineAsync(ConversationState state, FormProgress progress, string printPath, CancellationToken cancellationToken)
    {
        var detail = await procedures.GetProcedureAsync(progress.ProcedureId, progress.LocalGovernmentCode, cancellationToken);
        var printUrl = new Uri(portal.PortalBaseAddress, printPath.TrimStart('/'));
        var where = detail?.Offering is { } offering
            ? $"提出先：{offering.OfferedByName ?? detail.LocalGovernment?.Name ?? "申請先の市区町村"}" + (offering.Contact is { Length: > 0 } contact ? $"（{contact}）" : "")
            : "提出先：申請先の市区町村の担当窓口";
        var idle = state with { Step = ConversationSteps.Idle, Form = null };
        return new TurnResult(idle,
            new TextMessage("この申請先では、この手続の電子申請を受け付けていません。入力内容を申請書として印刷し、署名のうえ郵送するか窓口にお持ちください。\n" + where),
            new LinkMessage("入力内容を印刷できる申請書（PDF）です。マイナポータルにログインして開いてください。", "申請書を開く（PDF）", printUrl),
            Replies.Menu());
    }

    /// <summary>Reads the draft and asks what comes next (the question asked again, the next unanswered, or the review).</summary>
    private async Task<TurnResult> ContinueAsync(ConversationState state, FormProgress progress, PortalSession session, bool intro,
        IReadOnlyList<OutgoingMessage> before, CancellationToken cancellationToken)
    {
        var context = await LoadAsync(session, progress, cancellationToken);
        if (context is null)
        {
            return Gone(state);
        }
        var (stored, form) = context.Value;
        var data = stored.Draft.Data;
        var questions = FormQuestions.All(form, data, progress.ClosedGroups);
        IReadOnlyList<OutgoingMessage> lead = intro ? [FormReplies.Intro(form), .. before] : before;
        return Current(questions, progress, data) is { } question
            ? Ask(state, progress, question, data, lead)
            : Review(state, progress, form, questions, data, lead);
    }

    private TurnResult Ask(ConversationState state, FormProgress progress, FormQuestion question, JsonObject data, IReadOnlyList<OutgoingMessage> before)
    {
        if (question.OnPage)
        {
            progress = pages.Issue(progress, state.Id);
        }
        var page = question.OnPage ? pages.PageUrl(progress.PageToken!) : null;
        return new TurnResult(state with { Step = ConversationSteps.Form, Form = progress }, [.. before, .. FormReplies.Question(question, data, page)]);
    }

    private static TurnResult Review(ConversationState state, FormProgress progress, FormDefinitionView form, IReadOnlyList<FormQuestion> questions,
        JsonObject data, IReadOnlyList<OutgoingMessage>? before = null) =>
        new(state with { Step = ConversationSteps.Form, Form = progress with { Asking = null, IdempotencyKey = progress.IdempotencyKey ?? Guid.NewGuid().ToString("N") } },
            [.. before ?? [], .. FormReplies.Review(form, questions, data)]);

    private static FormQuestion? Current(IReadOnlyList<FormQuestion> questions, FormProgress progress, JsonObject data) =>
        (progress.Asking is { } asking ? questions.FirstOrDefault(q => q.Path == asking) : null) ?? FormQuestions.NextUnanswered(questions, data);

    private async Task<(StoredDraft Draft, FormDefinitionView Form)?> LoadAsync(PortalSession session, FormProgress progress, CancellationToken cancellationToken)
    {
        var stored = await portal.GetDraftAsync(session, progress.DraftId, cancellationToken);
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

    private static TurnResult Gone(ConversationState state) =>
        new(state with { Step = ConversationSteps.Idle, Form = null }, FormReplies.DraftGone, Replies.Menu());

    private static string Short(string label) => label.Length <= ChoicesMessage.MaxLabelLength ? label : label[..ChoicesMessage.MaxLabelLength];
}
