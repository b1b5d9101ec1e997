namespace Bot.Channels.Line.Webhook;

/// <summary>
/// A webhook body whose signature has been checked: the only thing <see cref="LineWebhookProcessor.ProcessAsync"/>
/// accepts, so nothing unverified is ever parsed.
/// </summary>
public sealed class VerifiedLineWebhook
{
    internal VerifiedLineWebhook(ReadOnlyMemory<byte> body) => Body = body;

    /// <summary>The raw body as LINE sent it (what a function enqueues to process after answering 200).</summary>
    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>
    /// A body verified earlier and carried through a trusted queue. Only for that: anything from the internet goes
    /// through <see cref="LineWebhookProcessor.Verify"/>.
    /// </summary>
    public static VerifiedLineWebhook FromTrustedQueue(ReadOnlyMemory<byte> body) => new(body);
}
