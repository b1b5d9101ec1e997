namespace MynaCard.Jpki;

/// <summary>The certificates of the JPKI AP. Only <see cref="Signing"/> needs a verified PIN: it carries the basic 4 items.</summary>
public enum JpkiCertificate
{
    Authentication,
    AuthenticationCa,
    Signing,
    SigningCa,
}
