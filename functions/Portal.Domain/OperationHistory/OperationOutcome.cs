namespace Portal.Domain.OperationHistory;

public enum OperationOutcome
{
    Succeeded,
    Refused,
    Failed,
}
