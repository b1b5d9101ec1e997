namespace Portal.Domain.HealthInsurance;

/// <summary>The 操作履歴 operation codes of マイナ保険証. Stable: stored in the history and translated at the edge.</summary>
public static class HealthInsuranceOperations
{
    public const string Register = "healthinsurance.register";
    public const string Withdraw = "healthinsurance.withdraw";
}
