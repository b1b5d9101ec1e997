using Bot.Core.Forms;
using Bot.Core.Search;

namespace Bot.Core.Conversations;

/// <summary>
/// One channel user's conversation, stored in <see cref="Storage.BotContainers.Conversations"/> (id = partition key =
/// <see cref="Messages.ChannelUser.Key"/>). Immutable: a turn returns a changed copy, stored only if the turn succeeds.
/// Never holds what the resident typed beyond a search keyword, and never an individual number. Tokens and device codes
/// are sealed in the stored document (<see cref="ConversationSecrets"/>), plain here.
/// </summary>
public sealed record ConversationState
{
    public const string DocumentType = "conversation";

    public required string Id { get; init; }

    public string Type { get; init; } = DocumentType;

    /// <summary>Where the conversation stands (<see cref="ConversationSteps"/>): what typed text means next.</summary>
    public string Step { get; init; } = ConversationSteps.Idle;

    /// <summary>The place the resident searches for, set once and remembered.</summary>
    public RememberedLocalGovernment? LocalGovernment { get; init; }

    /// <summary>The places offered as choices when a name matched several: a pick outside them is a stale button.</summary>
    public IReadOnlyList<RememberedLocalGovernment> LocalGovernmentCandidates { get; init; } = [];

    /// <summary>The last search, for "もっと見る".</summary>
    public LastSearch? LastSearch { get; init; }

    /// <summary>The portal login behind this channel user; filled by the login slice.</summary>
    public PortalSession? PortalSession { get; init; }

    /// <summary>A login (and first-time registration) under way: see <see cref="Login.LoginFlow"/>.</summary>
    public Login.PendingLogin? PendingLogin { get; init; }

    /// <summary>The form being filled in the chat (申請する), if any.</summary>
    public FormFilling? Form { get; init; }

    /// <summary>The portal's continuation of the 申請状況 list shown last, for "もっと見る" (too long for a button).</summary>
    public string? ApplicationsContinuation { get; init; }

    /// <summary>Where the お知らせ list shown last goes on, for "もっと見る"; null when it was the last page.</summary>
    public Notices.NoticeListPosition? NoticeList { get; init; }

    /// <summary>The わたしの情報 category whose 確認対象日 is asked for, if any.</summary>
    public Information.InformationQuestion? Information { get; init; }

    /// <summary>代理人を指定する / 代理人になる being filled in, if any; its name and date of birth are sealed when stored.</summary>
    public Proxies.Appointing.AppointmentForm? ProxyAppointment { get; init; }

    /// <summary>The live link of the 公金受取口座 page, if one was given (the account itself is never held here).</summary>
    public PublicFundsAccounts.PublicFundsAccountPageToken? PublicFundsAccountPage { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }

    public static ConversationState New(string key) => new() { Id = key };
}
