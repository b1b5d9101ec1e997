namespace MynaCard.Jpki;

/// <summary>The two private keys of the JPKI AP, each behind its own PIN.</summary>
public enum JpkiKey
{
    /// <summary>利用者証明用: login; 4-digit PIN.</summary>
    Authentication,

    /// <summary>署名用: electronic signature of an application; 6–16 character PIN.</summary>
    Signing,
}
