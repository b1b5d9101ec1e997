using Portal.Contracts.Clinics;
using Portal.Domain.Clinics;
using Portal.Functions.HealthInsurance;

namespace Portal.Functions.Clinics;

internal static class ClinicViews
{
    public static EligibilityCheckView View(EligibilityCheck check) => new(
        check.CheckId, check.State, check.CreatedAt, check.ExpiresAt, check.DecidedAt,
        check.Refusal, check.Refusal is null ? null : RefusalMessage(check.Refusal),
        check.State == EligibilityCheckStates.Completed ? check.Consented : null,
        check.Result is { } result
            ? new EligibilityPatientView(result.Name, result.DateOfBirth, HealthInsuranceViews.Qualification(result.Qualification, masked: false),
                result.Medication?.Select(Record).ToList(), result.HealthCheckups?.Select(Record).ToList())
            : null);

    /// <summary>What the counter tells the patient: what to do, nothing about whose card it was.</summary>
    private static string RefusalMessage(string refusal) => refusal switch
    {
        EligibilityRefusals.NotRegistered =>
            "このマイナンバーカードは健康保険証として利用登録されていません。マイナポータルまたは受付のカードリーダーで利用登録をするか、資格確認書をご提示ください。",
        EligibilityRefusals.NoQualification =>
            "有効な保険資格の情報が見つかりませんでした。資格確認書などで資格をご確認ください。",
        _ => "確認の期限が切れました。もう一度カードリーダーで確認してください。",
    };

    private static ProvidedRecordView Record(ProvidedRecord record) => new(record.Provider, record.ValidFrom, record.ValidTo, record.Data);
}
