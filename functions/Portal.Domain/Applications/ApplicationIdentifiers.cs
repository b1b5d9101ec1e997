using Portal.Domain.Applications.Agencies;
using Portal.Domain.Applications.Receipts;
using Portal.Domain.Applications.Submissions;
using Portal.Domain.Identifiers;

namespace Portal.Domain.Applications;

/// <summary>What names an application in a request: its 受付番号, a submission in progress, a file of a revision.</summary>
public static class ApplicationIdentifiers
{
    /// <summary>A 受付番号 as residents and agencies type it (separators allowed), with a valid check digit.</summary>
    public static IdentifierFormat ReceiptNumber { get; } =
        new("receipt-number", value => value.Length <= 32 && Receipts.ReceiptNumber.TryParse(value, out _), _ => new ApplicationNotFoundException(), "2612-0731-8006-0");

    public static IdentifierFormat Submission { get; } =
        new("submission", SubmissionIds.IsId, _ => new SubmissionNotFoundException(), new string('0', 64));

    /// <summary>A revision of an application, or a file's place in it (1-based).</summary>
    public static IdentifierFormat Revision { get; } = IdentifierFormat.Number("revision", 999, _ => new ApplicationAttachmentNotFoundException(0, 0));

    public static IdentifierFormat AttachmentIndex { get; } = IdentifierFormat.Number("attachment-index", 999, _ => new ApplicationAttachmentNotFoundException(0, 0));
}
