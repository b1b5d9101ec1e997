using Portal.Contracts.CardRequests;

namespace Portal.Functions.Identity;

/// <summary>
/// The POST body read once with every field of both contract shapes. Which shape it is comes from the body (a
/// signature or not), not from the stored purpose, so that a body of the wrong kind reaches the service and is
/// refused as the wrong purpose instead of as an incomplete body of the right kind.
/// </summary>
public sealed record CardRequestAnswer(
    string? Signature, string? Certificate, string? AuthenticationSignature, string? AuthenticationCertificate,
    string? Name, string? Address, string? DateOfBirth, string? Sex, bool Consented = false)
{
    public bool IsSignature => Signature is not null || (Name is null && Address is null);

    public CardSignatureSubmission ToSignature() => new(Signature!, Certificate, AuthenticationSignature, AuthenticationCertificate, Consented);

    public PrefillSubmission ToPrefill() => new(Name!, Address!, DateOfBirth!, Sex!);
}
