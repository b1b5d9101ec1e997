using Portal.Domain.Applications.Receipts;
using Portal.Domain.Applications.Status;
using Portal.Domain.Storage;

namespace Portal.Domain.Applications.Submissions;

/// <summary>Finds the resident's own application a correction answers, by receipt number alone.</summary>
public sealed class CorrectionTargets(ReceiptRepository receipts, ApplicationRepository applications)
{
    /// <exception cref="ApplicationNotFoundException">Not a receipt number, or not one of the resident's applications.</exception>
    public async Task<Stored<Application>> FindAsync(string residentId, string receiptNumber, CancellationToken cancellationToken)
    {
        if (!ReceiptNumber.TryParse(receiptNumber, out var number))
        {
            throw new ApplicationNotFoundException();
        }
        var reservation = await receipts.FindAsync(number, cancellationToken);
        if (reservation is null || reservation.ResidentId != residentId)
        {
            throw new ApplicationNotFoundException();
        }
        var stored = await applications.ReadAsync(reservation.LocalGovernmentCode, number.ToString(), cancellationToken);
        return stored is not null && stored.Document.ResidentId == residentId ? stored : throw new ApplicationNotFoundException();
    }

    /// <summary>The application may take this draft as its correction: asked for one, same procedure, same body.</summary>
    /// <exception cref="StatusTransitionRefusedException">No correction was requested (補正依頼).</exception>
    /// <exception cref="CorrectionMismatchException">Another procedure or body.</exception>
    public static void EnsureAccepts(Application application, string procedureId, string localGovernmentCode)
    {
        StatusTransitions.Ensure(application.Status, ApplicationStatus.UnderReview, StatusActor.Resident);
        if (application.ProcedureId != procedureId || application.LocalGovernmentCode != localGovernmentCode)
        {
            throw new CorrectionMismatchException();
        }
    }
}
