namespace Portal.Domain.Applications.Residents;

/// <summary>
/// The 操作履歴 operation codes of submitted applications, in the resident's own history; the target is the receipt
/// number, never an answer. An agency's change is recorded there too, so the resident sees who moved it.
/// </summary>
public static class ApplicationOperations
{
    public const string Withdraw = "application.withdraw";
    public const string AgencyStatusChange = "application.status.agency";
}
