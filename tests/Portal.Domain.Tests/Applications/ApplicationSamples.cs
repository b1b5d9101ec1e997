using Portal.Domain.Applications;
using Portal.Domain.Applications.Canonical;
using Portal.Domain.Applications.Receipts;
using Portal.Domain.Applications.Status;
using Portal.Domain.Tests.Applications.Canonical;

namespace Portal.Domain.Tests.Applications;

/// <summary>Unsigned applications as just received, for the numbering, storage and status tests.</summary>
public static class ApplicationSamples
{
    public static readonly DateTimeOffset ReceivedAt = new(2026, 11, 27, 3, 0, 0, TimeSpan.Zero);

    public static ApplicationRevision Revision(string data = "{\"name\":\"山田 花子\",\"children\":2}")
    {
        var content = CanonicalDocumentTests.Content(data);
        var document = CanonicalDocument.Create(content);
        return new ApplicationRevision
        {
            Number = 1,
            SubmittedAt = ReceivedAt,
            FormVersion = content.FormVersion,
            Document = Convert.ToBase64String(document.ToArray()),
            DocumentSha256 = document.Sha256Hex,
            Attachments = content.Attachments,
        };
    }

    public static Application New(ReceiptNumber number, string localGovernmentCode = "131016") => new()
    {
        Id = number.ToString(),
        LocalGovernmentCode = localGovernmentCode,
        ResidentId = "resident-1",
        ProcedureId = "tennyu",
        FormId = "tennyu-form",
        FormVersion = "3",
        Revisions = [Revision()],
        Status = ApplicationStatus.Arrived,
        CreatedAt = ReceivedAt,
        SubmissionId = new string('0', 64),
    };
}
