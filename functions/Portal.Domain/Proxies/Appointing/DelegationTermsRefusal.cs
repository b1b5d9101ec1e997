namespace Portal.Domain.Proxies.Appointing;

/// <summary>Why the terms of a delegation were refused; each has its own Japanese detail at the edge.</summary>
public enum DelegationTermsRefusal
{
    NameRequired,
    DateOfBirthInvalid,
    KindUnknown,
    LegalBasisRequired,
    LegalBasisNotAllowed,
    ServicesRequired,
    ServiceUnknown,
    CategoriesWithoutInformation,
    CategoryUnknown,
    PeriodInvalid,
    PeriodStartsInPast,
    PeriodReversed,
    PeriodTooLong,
    PeriodBeyondMajority,
    PrincipalIsAdult,
    Yourself,
}
