namespace Portal.Domain.Clinics;

/// <summary>Who calls a clinic endpoint: the clinic's client and the 医療機関コード its token is bound to.</summary>
public sealed record ClinicContext(string ClientId, string MedicalInstitutionCode);
