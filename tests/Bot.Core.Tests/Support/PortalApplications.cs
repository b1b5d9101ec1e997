using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Applications;
using Portal.Domain.Applications.Canonical;
using Portal.Domain.Applications.Receipts;
using Portal.Domain.Applications.Status;

namespace Bot.Core.Tests.Support;

/// <summary>
/// A resident's applications put into the portal's own database as submission stores them (the receipt reserved, the
/// application created; unsigned), so the bot's tests can read them through the portal API.
/// </summary>
public static class PortalApplications
{
    /// <summary>A form answer the chat must never show.</summary>
    public const string SecretAnswer = "山田 花子（回答）";

    public static async Task<Application> SubmitAsync(IServiceProvider portal, string residentId, string procedureId, string localGovernmentCode,
        DateTimeOffset at, params (ApplicationStatus To, StatusActor Actor, string? Comment)[] changes)
    {
        var number = ReceiptNumber.Create(DateOnly.FromDateTime(at.UtcDateTime), Random.Shared.Next(0, 1_000_000));
        var content = new ApplicationContent(procedureId, procedureId, "1", localGovernmentCode,
            JsonSerializer.SerializeToElement(new { applicantName = SecretAnswer }), []);
        var document = CanonicalDocument.Create(content);
        var application = new Application
        {
            Id = number.ToString(),
            LocalGovernmentCode = localGovernmentCode,
            ResidentId = residentId,
            ProcedureId = procedureId,
            FormId = procedureId,
            FormVersion = "1",
            Revisions =
            [
                new ApplicationRevision
                {
                    Number = 1,
                    SubmittedAt = at,
                    FormVersion = "1",
                    Document = Convert.ToBase64String(document.ToArray()),
                    DocumentSha256 = document.Sha256Hex,
                    Attachments = [],
                },
            ],
            Status = ApplicationStatus.Arrived,
            History = [new StatusChange(null, ApplicationStatus.Arrived, at, StatusActor.Resident, null)],
            CreatedAt = at,
        };
        var minutes = 0;
        foreach (var (to, actor, comment) in changes)
        {
            application = application.WithStatus(to, actor, at.AddMinutes(++minutes), comment);
        }
        await portal.GetRequiredService<ReceiptRepository>().ReserveAsync(new ReceiptReservation
        {
            Id = application.Id, LocalGovernmentCode = localGovernmentCode, ResidentId = residentId, CreatedAt = at,
        }, CancellationToken.None);
        await portal.GetRequiredService<ApplicationRepository>().CreateAsync(application, CancellationToken.None);
        return application;
    }
}
