namespace Bot.Core.Forms;

/// <summary>
/// The web form page's upload: the file recorded, or why not — the portal refused the file (its Japanese title and
/// detail), or the path is not an attachment of this page.
/// </summary>
public sealed record AttachOutcome(FormPageAttachment? Attached, string? Title, string? Detail)
{
    public static AttachOutcome NotAnAttachment { get; } = new(null, "この項目には添付できません", "入力画面を開き直してから、もう一度お試しください。");
}
