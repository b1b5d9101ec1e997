namespace Portal.Domain.Clinics;

/// <summary>
/// What the signer shows the patient at the clinic's reader, before the PIN: who asks (the clinic's registered name),
/// what for, and the consent question whose answer the card signs.
/// </summary>
public static class ClinicWords
{
    public const string Portal = "マイナポータル";

    public const string Procedure = "オンライン資格確認";

    public const string ConsentQuestion = "薬剤情報・特定健診情報の提供に同意する";

    public static string Description(string clinicName) => $"{clinicName} での健康保険の資格確認";

    public static string Summary(string clinicName) =>
        $"{clinicName} に健康保険の資格情報（保険者・被保険者番号・氏名・生年月日）を提供します。同意した場合は、薬剤情報・特定健診情報も提供します。";
}
