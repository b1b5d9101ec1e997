namespace Portal.Domain.Exchanges;

/// <summary>What an agency did with a resident's data, as stored and exported (translated for display at the edge).</summary>
public static class ExchangeKinds
{
    /// <summary>情報照会・提供: one agency asked, others provided.</summary>
    public const string Exchange = "exchange";

    /// <summary>本人確認情報の照会: an agency found the resident by the basic 4 items; the portal answered.</summary>
    public const string Lookup = "lookup";

    /// <summary>An agency read an application the resident filed with it.</summary>
    public const string ApplicationRead = "application-read";

    /// <summary>An agency downloaded a file attached to such an application.</summary>
    public const string FileDownload = "file-download";

    /// <summary>A site the resident linked read わたしの情報 with the resident's consent (自己情報取得API); the portal answered.</summary>
    public const string SiteProvision = "site-provision";

    /// <summary>公金受取口座の利用: a paying agency read the registered account for a payment; the portal answered.</summary>
    public const string PaymentAccountRead = "payment-account-read";

    /// <summary>オンライン資格確認: a clinic checked the resident's insurance with the resident's card; the portal answered.</summary>
    public const string EligibilityCheck = "eligibility-check";
}
