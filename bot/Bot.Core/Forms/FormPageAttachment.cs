namespace Bot.Core.Forms;

/// <summary>A file attached from the web form page and recorded as the answer at <see cref="Path"/>.</summary>
public sealed record FormPageAttachment(string Path, string AttachmentId, string FileName);
