using Bot.Core.Actions;
using Bot.Core.Conversations;
using Bot.Core.Login;
using Bot.Core.Menu;
using Bot.Core.Messages;
using Bot.Core.Search;

namespace Bot.Core.Forms;

/// <summary>
/// 申請する in the chat, driven by the form definition only: one question at a time in its order and conditions, each
/// answer checked by the portal's validator and saved at once into the draft, 戻る / あとで, fields marked sensitive and
/// attachments on the web form page, a review, then the submission (signature, receipt number, or print and send).
/// This type starts, resumes and dispatches; the work is <see cref="FormQuestioning"/>, <see cref="FormNavigation"/>,
/// <see cref="FormSubmission"/> and <see cref="FormSigning"/>.
/// </summary>
public sealed class FormFlow(
    FormsPortalClient portal, LoginFlow login, FormQuestioning questioning, FormNavigation navigation, FormSubmission submission, FormSigning signing)
{
    /// <summary>Text that goes to the form while one is open: anything but the menu words (戻る is the form's).</summary>
    public static bool Takes(ConversationState state, string text) =>
        state.Step == ConversationSteps.Form && state.Form is not null
        && (text == "戻る" || (!MenuFlow.IsMenuWord(text) && !MenuFlow.IsTodoWord(text) && !SearchFlow.IsSearchWord(text)
            && !Applications.StatusFlow.IsStatusWord(text)));

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
        var filling = new FormFilling { DraftId = created.Draft.Id, ProcedureId = procedureId, LocalGovernmentCode = place.Code };
        return await questioning.ContinueAsync(state, filling, session, intro: true, [], cancellationToken);
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
            ("pick", { } value) => questioning.AnswerAsync(value, state, cancellationToken),
            ("back", null) => navigation.BackAsync(state, cancellationToken),
            ("later", null) => Task.FromResult(FormNavigation.Later(state)),
            ("continue", null) => questioning.ContinueAsync(state, state.Form, state.PortalSession, intro: false, [], cancellationToken),
            ("edit", null) => navigation.EditAsync(state, cancellationToken),
            ("edit", { } section) => navigation.EditSectionAsync(section, state, cancellationToken),
            ("submit", null) => submission.SubmitAsync(state, cancellationToken),
            ("signed", null) => signing.SignedAsync(state, cancellationToken),
            _ => Task.FromResult(Replies.Stale(state)),
        };
    }

    public Task<TurnResult> TextAsync(string text, ConversationState state, CancellationToken cancellationToken) => text switch
    {
        "戻る" => navigation.BackAsync(state, cancellationToken),
        "あとで" => Task.FromResult(FormNavigation.Later(state)),
        _ => questioning.AnswerAsync(text, state, cancellationToken),
    };

    private async Task<TurnResult> ResumeAsync(string? draftId, ConversationState state, CancellationToken cancellationToken)
    {
        if (draftId is null)
        {
            return Replies.Stale(state);
        }
        // A button of やること pressed on another channel, or after the session ended: logs in, then continues here.
        var check = await login.RequireLoginAsync(state, FormActions.Resume(draftId).ToString(), cancellationToken);
        if (!check.IsLoggedIn)
        {
            return check.ToTurn();
        }
        state = check.State;
        var session = state.PortalSession!;
        var stored = await portal.GetDraftAsync(session, draftId, cancellationToken);
        if (stored is null)
        {
            return new TurnResult(state with { Step = ConversationSteps.Idle, Form = null }, FormReplies.DraftGone, Replies.Menu());
        }
        var filling = new FormFilling
        {
            DraftId = stored.Draft.Id, ProcedureId = stored.Draft.ProcedureId, LocalGovernmentCode = stored.Draft.LocalGovernmentCode,
        };
        return await questioning.ContinueAsync(state, filling, session, intro: true, [], cancellationToken);
    }

    private static string Short(string label) => label.Length <= ChoicesMessage.MaxLabelLength ? label : label[..ChoicesMessage.MaxLabelLength];
}
