namespace Portal.Contracts.HealthInsurance;

/// <summary>マイナ保険証の利用登録: since when the card is the resident's health insurance card.</summary>
public sealed record HealthInsuranceRegistrationView(DateTimeOffset RegisteredAt);
