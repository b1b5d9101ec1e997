using Bot.Core.Conversations;
using Bot.Core.Forms;
using Bot.Core.Messages;
using Portal.Contracts.Applications;

namespace Bot.Core.Tests.Forms;

/// <summary>How the end of a signing, as the portal reports it, changes the conversation (the poll and the button share it).</summary>
public sealed class FormSigningFinishTests
{
    private static readonly ConversationState Waiting = ConversationState.New("webchat:u1") with
    {
        Step = ConversationSteps.Form,
        Form = new FormFilling { DraftId = "d1", ProcedureId = "p1", LocalGovernmentCode = "131016", IdempotencyKey = "k1", SubmissionId = "s1" },
    };

    [Fact]
    public void AReceiptNumberEndsTheFormAndTellsIt()
    {
        var finished = FormSigning.Finish(Waiting, new SubmissionView("s1", "submitted", null, "R-2026-000123", "received", DateTimeOffset.UtcNow))!;

        Assert.Null(finished.State.Form);
        Assert.Equal(ConversationSteps.Idle, finished.State.Step);
        Assert.Contains(finished.Replies.OfType<TextMessage>(), m => m.Text.Contains("受付番号は R-2026-000123 です", StringComparison.Ordinal));
    }

    [Fact]
    public void ASigningThatCannotCompleteKeepsTheAnswersAndOffersToSubmitAgainUnderANewKey()
    {
        var finished = FormSigning.Finish(Waiting, null)!;

        Assert.Equal("d1", finished.State.Form!.DraftId);
        Assert.Null(finished.State.Form.SubmissionId);
        Assert.Null(finished.State.Form.IdempotencyKey);
        Assert.Contains(finished.Replies.OfType<TextMessage>(), m => m.Text.Contains("電子署名を確認できませんでした", StringComparison.Ordinal));
        Assert.Contains(finished.Replies.OfType<ChoicesMessage>().SelectMany(c => c.Choices), c => c.Action == FormActions.Submit.ToString());
    }

    [Fact]
    public void AStillPendingSubmissionFinishesNothing() =>
        Assert.Null(FormSigning.Finish(Waiting, new SubmissionView("s1", "pending-signature",
            new SubmissionCardRequestView("c1", "https://portal.example/card-requests/c1", "BCDF-GHJK", DateTimeOffset.UtcNow.AddMinutes(5)), null, null, null)));
}
