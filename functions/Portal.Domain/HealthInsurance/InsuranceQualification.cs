using System.Text;

namespace Portal.Domain.HealthInsurance;

/// <summary>
/// One health insurance qualification (資格) as the insurer provided it (わたしの情報 category 1,
/// <c>health-insurance-card</c>). Personal data, and the 被保険者記号・番号 may be asked for only for insurance purposes
/// (告知要求制限): residents see it masked, clinics whole; the text form is redacted.
/// </summary>
/// <param name="Relationship">本人 or 家族; null when the insurer did not say.</param>
/// <param name="ValidUntil">The last day it holds (資格喪失日 or the record's end); null while it has no end.</param>
public sealed record InsuranceQualification(
    string InsurerName,
    string InsurerNumber,
    string? Symbol,
    string InsuredNumber,
    string? BranchNumber,
    string? Relationship,
    DateOnly QualifiedOn,
    DateOnly? ValidUntil)
{
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("redacted");
        return true;
    }
}
