using Bot.Core.Conversations;

namespace Bot.Core.Forms;

/// <summary>Moving about a form: 戻る, あとで, and 修正する from the review.</summary>
public sealed class FormNavigation(FormQuestioning questioning)
{
    /// <summary>戻る: the previous question asked again, with its answer shown.</summary>
    public async Task<TurnResult> BackAsync(ConversationState state, CancellationToken cancellationToken)
    {
        var filling = state.Form!;
        if (filling.History.Count == 0)
        {
            return await questioning.ContinueAsync(state, filling, state.PortalSession!, false, [FormReplies.FirstQuestion], cancellationToken);
        }
        var previous = filling.History[^1];
        var group = previous.EndsWith(FormQuestion.MoreSuffix, StringComparison.Ordinal) ? previous[..^FormQuestion.MoreSuffix.Length] : null;
        var back = filling with
        {
            History = [.. filling.History.Take(filling.History.Count - 1)],
            Asking = previous,
            ClosedGroups = [.. filling.ClosedGroups.Where(g => g != group)],
        };
        return await questioning.ContinueAsync(state, back, state.PortalSession!, false, [], cancellationToken);
    }

    /// <summary>あとで: the draft stays in the portal; やること (any channel) resumes it.</summary>
    public static TurnResult Later(ConversationState state) =>
        new(state with { Step = ConversationSteps.Idle, Form = null }, FormReplies.Saved, Replies.Menu());

    /// <summary>修正する: which section to change.</summary>
    public async Task<TurnResult> EditAsync(ConversationState state, CancellationToken cancellationToken)
    {
        var context = await questioning.LoadAsync(state.PortalSession!, state.Form!, cancellationToken);
        return context is null ? FormQuestioning.Gone(state) : new TurnResult(state, FormReplies.EditSections(context.Value.Form));
    }

    /// <summary>The section's first question asked again; then on to the next unanswered or the review.</summary>
    public async Task<TurnResult> EditSectionAsync(string sectionId, ConversationState state, CancellationToken cancellationToken)
    {
        var filling = state.Form!;
        var context = await questioning.LoadAsync(state.PortalSession!, filling, cancellationToken);
        if (context is null)
        {
            return FormQuestioning.Gone(state);
        }
        var (stored, form) = context.Value;
        var first = FormQuestions.All(form, stored.Draft.Data, filling.ClosedGroups).FirstOrDefault(q => q.SectionId == sectionId && !q.IsMore);
        return first is null ? Replies.Stale(state) : await questioning.ContinueAsync(state, filling with { Asking = first.Path }, state.PortalSession!, false, [], cancellationToken);
    }
}
