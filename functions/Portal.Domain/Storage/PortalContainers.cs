namespace Portal.Domain.Storage;

/// <summary>
/// Every container of the portal database. Partitioned by the key the hot queries use:
/// the resident for a resident's own data, the local government code (全国地方公共団体コード)
/// for the catalog and for what an agency receives. infra/app/cosmos.bicep declares the same list;
/// a test compares the two.
/// </summary>
public static class PortalContainers
{
    /// <summary>Accounts, profiles and settings, one partition per resident; and the lookup index, one partition per key of the basic 4 items.</summary>
    public static readonly ContainerDefinition Residents = new("residents", "/residentId");

    /// <summary>Single-use card requests (login, sign, prefill); they expire on their own.</summary>
    public static readonly ContainerDefinition CardRequests = new("cardRequests", "/id", DefaultTimeToLive: 600);

    /// <summary>操作履歴: what the resident (or a proxy) did, per resident.</summary>
    public static readonly ContainerDefinition OperationHistory = new("operationHistory", "/residentId");

    /// <summary>Procedure templates and each local government's offerings (さがす).</summary>
    public static readonly ContainerDefinition Procedures = new("procedures", "/localGovernmentCode");

    /// <summary>Form drafts (一時保存), per resident; TTL is a backstop, a timer does the real expiry.</summary>
    public static readonly ContainerDefinition Drafts = new("drafts", "/residentId", DefaultTimeToLive: -1);

    /// <summary>Submitted applications (申請), partitioned by the receiving local government.</summary>
    public static readonly ContainerDefinition Applications = new("applications", "/localGovernmentCode");

    /// <summary>
    /// Submissions in progress (申請の送信中), per resident, keyed by the hash of the client's Idempotency-Key: the
    /// canonical document waiting for the card's signature. Each document sets its own TTL.
    /// </summary>
    public static readonly ContainerDefinition Submissions = new("submissions", "/residentId", DefaultTimeToLive: -1);

    /// <summary>
    /// Issued receipt numbers (受付番号), one document each: creating it only if absent is what makes a number unique
    /// nationwide, and it names the receiving body, so a receipt number alone finds its application.
    /// </summary>
    public static readonly ContainerDefinition Receipts = new("receipts", "/id");

    /// <summary>Registered OAuth clients: the chatbot, external sites, agencies (with their public keys).</summary>
    public static readonly ContainerDefinition Clients = new("clients", "/id");

    /// <summary>
    /// Grants that outlive a request: refresh-token families, used client-assertion ids, confirmation codes.
    /// Every document sets its own TTL.
    /// </summary>
    public static readonly ContainerDefinition Grants = new("grants", "/id", DefaultTimeToLive: -1);

    /// <summary>Published versions of the terms of use (利用規約); residents accept one version.</summary>
    public static readonly ContainerDefinition Terms = new("terms", "/id");

    /// <summary>
    /// お知らせ, partitioned by audience (<see cref="Notices.Areas.AudienceKeys"/>): an area's notices together, so an
    /// inbox reads its area chain's few partitions; one resident's personal notices in their own. Each notice sets its TTL.
    /// </summary>
    public static readonly ContainerDefinition Notices = new("notices", "/audienceKey", DefaultTimeToLive: -1);

    /// <summary>
    /// お知らせの配信記録: one record per fan-out page (and one per page the chatbot reported), partitioned by notice, so
    /// delivery writes never touch <see cref="Notices"/> and a notice's figures are one partition. Each record sets its TTL.
    /// </summary>
    public static readonly ContainerDefinition NoticeDeliveries = new("noticeDeliveries", "/noticeId", DefaultTimeToLive: -1);

    /// <summary>
    /// Outbox e-mails sent under an idempotency key, one marker each, partitioned by the key's scope (a notice): a
    /// message queued twice is sent once. Each marker sets its TTL.
    /// </summary>
    public static readonly ContainerDefinition SentEmails = new("sentEmails", "/scope", DefaultTimeToLive: -1);

    /// <summary>
    /// やりとり履歴: each resident's hash chain of agencies' exchanges and reads of their data. Entries never expire by
    /// TTL (retention trims the chain and leaves a checkpoint); the claims that make each append once set their TTL.
    /// </summary>
    public static readonly ContainerDefinition ExchangeHistory = new("exchangeHistory", "/residentId", DefaultTimeToLive: -1);

    /// <summary>
    /// Each agency's own exchange log (§23: requester and provider both keep one), partitioned by the body; residents
    /// appear only as that body's residentRef. Each entry sets its TTL (the 7-year retention).
    /// </summary>
    public static readonly ContainerDefinition AgencyExchangeLogs = new("agencyExchangeLogs", "/bodyCode", DefaultTimeToLive: -1);

    public static IReadOnlyList<ContainerDefinition> All { get; } =
        [Residents, CardRequests, OperationHistory, Procedures, Drafts, Applications, Submissions, Receipts, Clients, Grants, Terms, Notices,
            NoticeDeliveries, SentEmails, ExchangeHistory, AgencyExchangeLogs];
}
