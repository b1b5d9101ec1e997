using System.Text.Json;
using Bot.Channels.Line.Api;
using Bot.Channels.Line.Rendering;
using Bot.Channels.Line.Webhook.Events;
using Bot.Core.Conversations;
using Microsoft.Extensions.Logging;

namespace Bot.Channels.Line.Webhook;

/// <summary>
/// A LINE webhook delivery in two steps, so the HTTP function can answer 200 before the slow part:
/// <see cref="Verify"/> checks the signature on the raw bytes (cheap, nothing parsed, nothing stored; null means 401),
/// and <see cref="ProcessAsync"/> parses the events and runs each turn — inline, or later from a queue the function
/// fills with <see cref="VerifiedLineWebhook.Body"/>. <see cref="HandleAsync"/> does both for an inline function.
/// </summary>
public sealed class LineWebhookProcessor(
    LineSignature signature,
    LineEventLog eventLog,
    IConversationEngine engine,
    LineMessageRenderer renderer,
    LineDelivery delivery,
    ILogger<LineWebhookProcessor> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public VerifiedLineWebhook? Verify(ReadOnlyMemory<byte> body, string? signatureHeader) =>
        signature.IsValid(body.Span, signatureHeader) ? new VerifiedLineWebhook(body) : null;

    public async Task<LineWebhookOutcome> HandleAsync(ReadOnlyMemory<byte> body, string? signatureHeader, CancellationToken cancellationToken) =>
        Verify(body, signatureHeader) is { } webhook
            ? await ProcessAsync(webhook, cancellationToken)
            : LineWebhookOutcome.Unauthorized;

    /// <summary>
    /// Each event once (see <see cref="LineEventLog"/>), in order. A turn whose engine call fails is released for a
    /// redelivery; once the engine has run, the claim stays even if sending the answer fails, because running the
    /// turn again would apply it twice.
    /// </summary>
    public async Task<LineWebhookOutcome> ProcessAsync(VerifiedLineWebhook webhook, CancellationToken cancellationToken)
    {
        int processed = 0, duplicates = 0, ignored = 0, failed = 0;
        foreach (var e in Parse(webhook))
        {
            if (LineEventMapper.ToIncoming(e) is not { } incoming)
            {
                ignored++;
                continue;
            }

            if (!await eventLog.TryClaimAsync(incoming.MessageId, cancellationToken))
            {
                logger.LogInformation("LINE event {EventId} was already processed; skipped.", incoming.MessageId);
                duplicates++;
                continue;
            }

            IReadOnlyList<Core.Messages.OutgoingMessage> replies;
            try
            {
                replies = await engine.HandleAsync(incoming, cancellationToken);
            }
            catch (Exception ex)
            {
                await eventLog.ReleaseAsync(incoming.MessageId, CancellationToken.None);
                if (ex is OperationCanceledException)
                {
                    throw;
                }

                logger.LogError(ex, "LINE event {EventId}: the turn failed; released for a redelivery.", incoming.MessageId);
                failed++;
                continue;
            }

            processed++;
            if (incoming.Action == LineLifecycleActions.Unfollow)
            {
                continue;
            }

            try
            {
                var rendered = renderer.RenderAll(replies);
                if (rendered.Count > 0)
                {
                    await delivery.SendAsync(incoming.User.UserId, e.ReplyToken, rendered, cancellationToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // LINE refused, retries ran out (LineApiException, a Polly timeout, a network error) or a reply broke a
                // LINE limit: the turn stands, the other events of the batch still run.
                logger.LogError(ex, "LINE event {EventId}: the answer could not be sent.", incoming.MessageId);
            }
        }

        return new LineWebhookOutcome(true, processed, duplicates, ignored, failed);
    }

    private IReadOnlyList<LineEvent> Parse(VerifiedLineWebhook webhook)
    {
        try
        {
            return JsonSerializer.Deserialize<LineWebhookBody>(webhook.Body.Span, Json)?.Events ?? [];
        }
        catch (JsonException)
        {
            // Signed by LINE yet not JSON: nothing to do, and a redelivery would not be better.
            logger.LogWarning("A signed LINE webhook body could not be parsed.");
            return [];
        }
    }
}
