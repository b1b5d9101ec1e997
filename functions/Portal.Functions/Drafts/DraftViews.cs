using Functions.Http.Preconditions;
using Portal.Contracts.Drafts;
using Portal.Domain.Drafts;
using Portal.Domain.Storage;

namespace Portal.Functions.Drafts;

internal static class DraftViews
{
    public static DraftView View(Stored<Draft> stored) => View(stored.Document, stored.ETag);

    public static DraftView View(Draft d, string? etag) => new(d.Id, d.ProcedureId, d.LocalGovernmentCode, d.FormId, d.FormVersion, d.Data,
        [.. d.Attachments.Select(a => new DraftAttachmentView(a.Id, a.Name, a.ContentType, a.Size, a.Sha256, a.UploadedAt))],
        d.Progress, d.CreatedAt, d.UpdatedAt, d.ExpiresAt, etag is null ? null : EntityTags.Strong(etag));

    public static TodoItem Todo(DraftTodoItem item) => new("draft", item.Draft.Id, item.Draft.ProcedureId, item.ProcedureName,
        item.Draft.LocalGovernmentCode, item.LocalGovernmentName, item.Draft.Progress, item.Draft.UpdatedAt, item.Draft.ExpiresAt);
}
