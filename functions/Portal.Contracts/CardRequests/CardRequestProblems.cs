namespace Portal.Contracts.CardRequests;

/// <summary>
/// The problem <c>type</c> slugs (under the portal's problem base URI) with which the portal refuses a card request
/// result. The signer tells the resident what each means; the portal's identity feature must answer with these.
/// </summary>
public static class CardRequestProblems
{
    public const string Expired = "card-request-expired";
    public const string AlreadyUsed = "card-request-used";
    public const string WrongPurpose = "card-request-wrong-purpose";
    public const string UntrustedCertificate = "certificate-untrusted";
    public const string CertificateExpired = "certificate-expired";
    public const string CertificateRevoked = "certificate-revoked";
    public const string BadSignature = "signature-invalid";
}
