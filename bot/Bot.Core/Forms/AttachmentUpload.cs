using Bot.Core.Login;
using Portal.Contracts.Drafts;

namespace Bot.Core.Forms;

/// <summary>The file the portal stored on the draft, or its problem when it refused the file.</summary>
public sealed record AttachmentUpload(DraftAttachmentView? Attachment, PortalProblem? Refused);
