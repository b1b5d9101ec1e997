using Portal.Domain.Accounts;

namespace Portal.Domain.Identity.Sessions.Notifications;

/// <summary>A login just made: the account as it was read for it, and the session it started.</summary>
public sealed record NewLogin(Account Account, LoginSession Session);
