using System.Security.Cryptography;
using System.Text;

namespace Portal.Domain.Clinics;

/// <summary>
/// The document the patient's card signs (its SHA-256 is the CMS message digest): which check, which clinic, and the
/// consent answer. UTF-8, one <c>key=value</c> line each, LF-ended:
/// <code>
/// mynaportal-eligibility-check/1
/// check=&lt;check id&gt;
/// clinic=&lt;医療機関コード&gt;
/// consent=yes|no
/// </code>
/// The card request carries both digests; the card signs one, so the consent is the patient's, not the clinic's word.
/// </summary>
public static class EligibilityCheckDocument
{
    public const string Version = "mynaportal-eligibility-check/1";

    public static byte[] DigestOf(string checkId, string medicalInstitutionCode, bool consent) =>
        SHA256.HashData(Encoding.UTF8.GetBytes(
            $"{Version}\ncheck={checkId}\nclinic={medicalInstitutionCode}\nconsent={(consent ? "yes" : "no")}\n"));
}
