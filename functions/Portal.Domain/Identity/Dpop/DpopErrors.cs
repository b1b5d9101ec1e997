namespace Portal.Domain.Identity.Dpop;

/// <summary>The error codes of RFC 9449 (§5, §7.1, §8).</summary>
public static class DpopErrors
{
    /// <summary>The proof is missing, malformed, or fails a check.</summary>
    public const string InvalidProof = "invalid_dpop_proof";

    /// <summary>The proof has no nonce, or not a current one: retry with the one in the <c>DPoP-Nonce</c> header.</summary>
    public const string UseNonce = "use_dpop_nonce";
}
