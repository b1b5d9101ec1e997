using Bot.Core.Conversations;
using Bot.Core.Messages;
using Bot.Core.Portal;

namespace Bot.Core.Forms;

/// <summary>
/// The submission after the review: to the signature hand-off (<see cref="FormSigning"/>), or the print link and where
/// to send it where the place takes no online applications, or the fields the portal refused asked again.
/// </summary>
public sealed class FormSubmission(FormsPortalClient portal, PortalApiClient procedures, FormPageTokens pages, FormQuestioning questioning, FormSigning signing)
{
    /// <summary>申請する from the review, under the key made at the review (a retried turn never submits twice).</summary>
    public async Task<TurnResult> SubmitAsync(ConversationState state, CancellationToken cancellationToken)
    {
        var filling = state.Form!;
        var key = filling.IdempotencyKey ?? Guid.NewGuid().ToString("N");
        var outcome = await portal.SubmitAsync(state.PortalSession!, filling.DraftId, key, cancellationToken);
        if (outcome.PrintPath is not null)
        {
            return await NotOnlineAsync(state, filling, cancellationToken);
        }
        if (outcome.Errors is { Count: > 0 } errors)
        {
            // Refused as a whole (e.g. changed elsewhere meanwhile): explain, and ask the first field again.
            return await questioning.ContinueAsync(state, filling with { Asking = errors[0].Path }, state.PortalSession!, false,
                [new TextMessage("入力内容を確認してください。" + string.Join(" ", errors.Select(e => e.Message)))], cancellationToken);
        }
        return await signing.SubmittedAsync(state, filling with { IdempotencyKey = key }, outcome.Submission!, cancellationToken);
    }

    /// <summary>
    /// Not taken online at this place: the printable PDF through the bot (a short-lived link bound to this conversation)
    /// and where to send it; the form stays, idle, only so the link finds its draft.
    /// </summary>
    private async Task<TurnResult> NotOnlineAsync(ConversationState state, FormFilling filling, CancellationToken cancellationToken)
    {
        var detail = await procedures.GetProcedureAsync(filling.ProcedureId, filling.LocalGovernmentCode, cancellationToken);
        var printing = pages.IssuePrint(filling, state.Id);
        return new TurnResult(state with { Step = ConversationSteps.Idle, Form = printing },
            [.. FormReplies.NotOnline(detail, pages.PrintUrl(printing.PrintToken!)), Replies.Menu()]);
    }
}
