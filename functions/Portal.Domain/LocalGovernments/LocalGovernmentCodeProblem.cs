namespace Portal.Domain.LocalGovernments;

/// <summary>Why a text is not a <see cref="LocalGovernmentCode"/>.</summary>
public enum LocalGovernmentCodeProblem
{
    None,

    /// <summary>Not exactly six ASCII digits (full-width digits and dropped leading zeros included).</summary>
    NotSixDigits,

    /// <summary>The first two digits are not 01–47.</summary>
    NoSuchPrefecture,

    WrongCheckDigit,
}
