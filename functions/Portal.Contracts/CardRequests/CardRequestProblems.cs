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

    /// <summary>The typed code is not the one shown where the request was started; the request counts it.</summary>
    public const string WrongCode = "card-request-code-wrong";

    /// <summary>An answer came before the code was confirmed.</summary>
    public const string CodeNotConfirmed = "card-request-code-unconfirmed";
    public const string UntrustedCertificate = "certificate-untrusted";
    public const string CertificateExpired = "certificate-expired";
    public const string CertificateRevoked = "certificate-revoked";
    public const string BadSignature = "signature-invalid";

    /// <summary>A sign request answered with a card the submitting account does not sign in with.</summary>
    public const string NotSubmittersCard = "card-not-submitters";
}
