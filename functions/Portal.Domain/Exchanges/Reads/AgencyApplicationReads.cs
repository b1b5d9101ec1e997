using Portal.Domain.Applications;
using Portal.Domain.Applications.Agencies;
using Portal.Domain.Identity.Clients;
using Portal.Domain.Storage;

namespace Portal.Domain.Exchanges.Reads;

/// <summary>
/// An agency reading an application it received, or one of its files: each read is an exchange record the applicant
/// sees in やりとり履歴 (the Data Tracker idea — every read of a resident's data by an agency is shown to them).
/// </summary>
public sealed class AgencyApplicationReads(AgencyApplicationService applications, ExchangeRecorder recorder)
{
    /// <exception cref="ApplicationNotFoundException">Not received by this agency's body (nothing is recorded).</exception>
    public async Task<Stored<Application>> GetAsync(AgencyContext agency, string receiptNumber, CancellationToken cancellationToken)
    {
        var stored = await applications.GetAsync(agency, receiptNumber, cancellationToken);
        await recorder.RecordReadAsync(agency, stored.Document.ResidentId, ExchangeKinds.ApplicationRead, stored.Document.Id, cancellationToken);
        return stored;
    }

    /// <exception cref="ApplicationNotFoundException">Not received by this agency's body (nothing is recorded).</exception>
    /// <exception cref="ApplicationAttachmentNotFoundException">No such revision or attachment (nothing is recorded).</exception>
    public async Task<ApplicationAttachmentContent> OpenAttachmentAsync(
        AgencyContext agency, string receiptNumber, int revision, int index, CancellationToken cancellationToken)
    {
        var file = await applications.OpenAttachmentAsync(agency, receiptNumber, revision, index, cancellationToken);
        try
        {
            var application = (await applications.GetAsync(agency, receiptNumber, cancellationToken)).Document;
            await recorder.RecordReadAsync(agency, application.ResidentId, ExchangeKinds.FileDownload,
                $"{application.Id}/{revision}/{index}", cancellationToken);
        }
        catch
        {
            // Unrecorded, so not handed out.
            await file.Content.DisposeAsync();
            throw;
        }
        return file;
    }
}
