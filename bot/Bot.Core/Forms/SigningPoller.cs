using Bot.Core.Channels;
using Bot.Core.Conversations;
using Bot.Core.Login;
using Bot.Core.Messages;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Core.Forms;

/// <summary>
/// One queued poll of a submission waiting for the card's signature (a <see cref="LoginPoll"/> with a submission id):
/// waits again while pending; otherwise ends the form in the stored conversation and tells the resident proactively
/// (the receipt number, or how to try again). A poll of a submission the conversation no longer waits for is dropped.
/// </summary>
public sealed class SigningPoller(
    ConversationUpdater conversations, FormsPortalClient portal, PortalIdentityClient identity, ILoginPollQueue polls,
    ProactiveMessenger messenger, IOptions<LoginOptions> options, TimeProvider time, ILogger<SigningPoller> logger)
{
    public async Task PollAsync(LoginPoll poll, CancellationToken cancellationToken)
    {
        var user = new ChannelUser(poll.Channel, poll.UserId);
        var state = await conversations.ReadAsync(user.Key, cancellationToken);
        if (poll.SubmissionId is not { } submissionId || state.Form?.SubmissionId != submissionId || state.PortalSession is not { } session)
        {
            logger.LogInformation("Signing poll on {Channel}: no longer waited for, dropped", user.Channel);
            return;
        }
        session = await FreshAsync(user, session, cancellationToken);
        var submission = await portal.CheckSubmissionAsync(session, submissionId, cancellationToken);
        if (FormSigning.Finish(state, submission) is null)
        {
            await polls.EnqueueAsync(poll, TimeSpan.FromSeconds(poll.IntervalSeconds), cancellationToken);
            return;
        }
        IReadOnlyList<OutgoingMessage> replies = [];
        var ended = await conversations.UpdateAsync(user.Key, s =>
        {
            if (s.Form?.SubmissionId != submissionId || FormSigning.Finish(s, submission) is not { } finished)
            {
                return null;
            }
            replies = finished.Replies;
            return finished.State;
        }, cancellationToken);
        logger.LogInformation("Signing poll on {Channel}: {Outcome}", user.Channel,
            ended is null ? "already told" : submission is null ? "not completed" : "received");
        if (ended is not null)
        {
            await messenger.SendAsync(user, replies, cancellationToken);
        }
    }

    /// <summary>A session about to expire while the card signs is refreshed (and stored), as a turn would.</summary>
    private async Task<PortalSession> FreshAsync(ChannelUser user, PortalSession session, CancellationToken cancellationToken)
    {
        if (session.ExpiresAt - time.GetUtcNow() > options.Value.RefreshBefore
            || (await identity.RefreshAsync(session, user.Key, cancellationToken)).Session is not { } fresh)
        {
            return session;
        }
        await conversations.UpdateAsync(user.Key,
            s => s.PortalSession?.RefreshToken == session.RefreshToken ? s with { PortalSession = fresh } : null, cancellationToken);
        logger.LogInformation("Signing poll on {Channel}: portal session refreshed", user.Channel);
        return fresh;
    }
}
