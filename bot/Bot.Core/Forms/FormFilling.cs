namespace Bot.Core.Forms;

/// <summary>
/// The filling in of one form in the chat (申請する): which draft, the question asked now, the questions answered (for
/// 戻る), and the submission's key and id. Holds no answers: those live in the portal's draft (whose completion the
/// portal reports as its progress).
/// </summary>
public sealed record FormFilling
{
    public required string DraftId { get; init; }

    public required string ProcedureId { get; init; }

    public required string LocalGovernmentCode { get; init; }

    /// <summary>The path asked again after 戻る or 修正する; null asks the next unanswered question.</summary>
    public string? Asking { get; init; }

    /// <summary>Answered question paths, in order, for 戻る.</summary>
    public IReadOnlyList<string> History { get; init; } = [];

    /// <summary>Repeatable groups the resident said "no more" to.</summary>
    public IReadOnlyList<string> ClosedGroups { get; init; } = [];

    /// <summary>Made once at the review, so a retried turn never submits twice.</summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>The web form page's token for the fields not asked in the chat (see <see cref="FormPageTokens"/>).</summary>
    public string? PageToken { get; init; }

    public DateTimeOffset? PageTokenExpiresAt { get; init; }

    /// <summary>
    /// The print link's token (<c>api/forms/print/{token}</c>) of a procedure not taken online; the form then stays in the
    /// conversation (idle) only so the link can find its draft.
    /// </summary>
    public string? PrintToken { get; init; }

    public DateTimeOffset? PrintTokenExpiresAt { get; init; }

    /// <summary>The submission waiting for the card's signature.</summary>
    public string? SubmissionId { get; init; }
}
