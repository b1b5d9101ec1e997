namespace Portal.Domain.Identity;

/// <summary>The OAuth scopes the portal grants. Stable strings: clients and tokens carry them.</summary>
public static class PortalScopes
{
    /// <summary>OpenID Connect: an ID token and userinfo.</summary>
    public const string OpenId = "openid";

    /// <summary>The e-mail address in userinfo (registered accounts only).</summary>
    public const string Email = "email";

    /// <summary>Everything a registered resident does through the portal API.</summary>
    public const string Portal = "portal";

    /// <summary>
    /// What a pending account's token carries instead of <see cref="Portal"/>: only registration (利用者登録) and reading
    /// its own account. Refreshing after registration yields <see cref="Portal"/>.
    /// </summary>
    public const string Registration = "registration";

    /// <summary>An agency publishing its own procedures and offerings (さがす).</summary>
    public const string AgencyProcedures = "agency.procedures";

    /// <summary>An agency receiving the applications addressed to it.</summary>
    public const string AgencyApplications = "agency.applications";

    /// <summary>An agency sending お知らせ to the residents of its own area, and managing the ones it sent.</summary>
    public const string AgencyNotices = "agency.notices";

    /// <summary>An agency providing records about residents it knows (わたしの情報, 副本), and reading back its own.</summary>
    public const string AgencyInformation = "agency.information";

    /// <summary>A paying agency reading a resident's 公金受取口座 for a payment the payment-purposes table allows it.</summary>
    public const string AgencyPayments = "agency.payments";

    /// <summary>A medical institution's オンライン資格確認: checks a patient completes with their own card.</summary>
    public const string ClinicEligibility = "clinic.eligibility";
}
