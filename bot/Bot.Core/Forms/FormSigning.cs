using Bot.Core.Conversations;
using Bot.Core.Login;
using Bot.Core.Messages;
using Bot.Core.Portal;
using Microsoft.Extensions.Logging;
using Portal.Contracts.Applications;

namespace Bot.Core.Forms;

/// <summary>
/// The signature hand-off of a submission: the signer link, then a background poll of the submission (on the login
/// poll queue, see <see cref="SigningPoller"/>) that tells the receipt number by itself; 署名が終わりました stays as a
/// fallback. Whichever sees the outcome first ends the form: the conversation's <see cref="FormFilling.SubmissionId"/> decides.
/// </summary>
public sealed class FormSigning(FormsPortalClient portal, ILoginPollQueue polls, ILogger<FormSigning> logger)
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(3);

    /// <summary>Received (receipt number), or the signer link with the poll started.</summary>
    public async Task<TurnResult> SubmittedAsync(ConversationState state, FormFilling filling, SubmissionView submission, CancellationToken cancellationToken)
    {
        if (submission.ReceiptNumber is not null)
        {
            return Finish(state, submission)!;
        }
        var (link, code) = SignerLink(submission);
        if (filling.SubmissionId != submission.SubmissionId)
        {
            await StartPollAsync(state.Id, submission.SubmissionId, cancellationToken);
        }
        return new TurnResult(state with { Form = filling with { SubmissionId = submission.SubmissionId } }, FormReplies.Sign(link, code));
    }

    /// <summary>署名が終わりました: the same check as the poll's, now.</summary>
    public async Task<TurnResult> SignedAsync(ConversationState state, CancellationToken cancellationToken)
    {
        if (state.Form?.SubmissionId is not { } submissionId)
        {
            return Replies.Stale(state);
        }
        var submission = await portal.CheckSubmissionAsync(state.PortalSession!, submissionId, cancellationToken);
        return Finish(state, submission) ?? new TurnResult(state, FormReplies.NotSignedYet, SignReminder(submission!));
    }

    /// <summary>
    /// The end of the signing as the portal reports it: the receipt number (the form leaves the conversation), or, when
    /// the signing cannot complete, the way to submit again (a new key); null while it is still pending.
    /// </summary>
    public static TurnResult? Finish(ConversationState state, SubmissionView? submission) => submission switch
    {
        { ReceiptNumber: { } receipt } =>
            new TurnResult(state with { Step = ConversationSteps.Idle, Form = null }, FormReplies.Received(receipt), Replies.Menu()),
        null => new TurnResult(state with { Form = state.Form! with { SubmissionId = null, IdempotencyKey = null } }, FormReplies.SigningFailed),
        _ => null,
    };

    /// <summary>The link the portal gave for the card's signature (a pending submission without one is the portal's fault).</summary>
    private static (Uri Link, string UserCode) SignerLink(SubmissionView submission) =>
        submission.CardRequest is { } card ? (new Uri(card.SignerLink), card.UserCode) : throw new PortalApiException(System.Net.HttpStatusCode.BadGateway, "submit");

    private static OutgoingMessage SignReminder(SubmissionView submission)
    {
        var (link, code) = SignerLink(submission);
        return FormReplies.Sign(link, code)[1];
    }

    /// <summary>A queue that cannot take the poll leaves the button: the submission itself is made and kept.</summary>
    private async Task StartPollAsync(string conversationKey, string submissionId, CancellationToken cancellationToken)
    {
        var user = ConversationKeys.User(conversationKey);
        try
        {
            await polls.EnqueueAsync(new LoginPoll(user.Channel, user.UserId, "", (int)Interval.TotalSeconds, submissionId), Interval, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning("Signing poll on {Channel} not queued ({ErrorType}); the button remains", user.Channel, e.GetType().Name);
        }
    }
}
