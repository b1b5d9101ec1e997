namespace Portal.Domain.Home;

/// <summary>The kinds of やること, as stable strings, in the order ホーム lists them.</summary>
public static class HomeTodoKinds
{
    /// <summary>補正依頼: an agency asks for a correction of an application (target: the receipt number).</summary>
    public const string CorrectionRequested = "correction-requested";

    /// <summary>公金受取口座 whose bank or branch is gone from the Zengin data.</summary>
    public const string PublicFundsAccountInvalid = "public-funds-account-invalid";

    /// <summary>利用者証明用電子証明書 expiring soon (target: the renewal procedure).</summary>
    public const string CertificateExpiring = "certificate-expiring";

    /// <summary>重要 notice not opened yet (target: the notice id).</summary>
    public const string ImportantNotice = "important-notice";

    /// <summary>一時保存 draft to finish before it expires (target: the draft id).</summary>
    public const string Draft = "draft";

    public static IReadOnlyList<string> All { get; } = [CorrectionRequested, PublicFundsAccountInvalid, CertificateExpiring, ImportantNotice, Draft];
}
