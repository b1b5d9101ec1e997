namespace Portal.Domain.Drafts;

/// <summary>The 操作履歴 operation codes of drafts; the target is the draft id, never an answer.</summary>
public static class DraftOperations
{
    public const string Create = "draft.create";
    public const string Update = "draft.update";
    /// <summary>Empty fields filled from the resident's profile.</summary>
    public const string Prefill = "draft.prefill";
    public const string Delete = "draft.delete";
    public const string AttachmentAdd = "draft.attachment.add";
    public const string AttachmentDelete = "draft.attachment.delete";
}
