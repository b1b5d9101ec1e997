namespace Portal.Domain.Identity.CardRequests;

/// <summary>Why an answer to a card request was refused before its certificate or signature was looked at.</summary>
public enum CardRequestRefusal
{
    /// <summary>Past its expiry.</summary>
    Expired,

    /// <summary>Already completed, or burned by too many refused answers.</summary>
    AlreadyUsed,

    /// <summary>A signature for a prefill request, or card items for a login or sign request.</summary>
    WrongPurpose,

    /// <summary>The typed code is not the one shown where the request was started.</summary>
    WrongCode,

    /// <summary>An answer came before the code was confirmed.</summary>
    CodeNotConfirmed,

    /// <summary>Not base64, a missing certificate, a bad date: the answer cannot even be checked.</summary>
    MalformedSubmission,
}
