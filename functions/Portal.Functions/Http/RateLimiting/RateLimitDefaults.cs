namespace Portal.Functions.Http.RateLimiting;

/// <summary>
/// The limited functions, by <c>[Function]</c> name, and their defaults. Generous for a person, tight for a script:
/// a resident starts a login or types a code a few times a minute; a client polls the token endpoint every 5 seconds
/// per device. A name without a function (yet) is harmless.
/// </summary>
public static class RateLimitDefaults
{
    public static IReadOnlyDictionary<string, RateLimitPolicy> Policies => new Dictionary<string, RateLimitPolicy>(StringComparer.Ordinal)
    {
        // The chatbot starts logins for all its residents from one address: counted per client and per end user.
        ["StartDeviceAuthorization"] = new()
        {
            PermitLimit = 10, Window = TimeSpan.FromMinutes(1), ClientPermitLimit = 1200, EndUserPermitLimit = 5,
        },
        // Several devices behind one address each poll every 5 seconds; the chatbot polls for every pending login of
        // its residents (12 a minute each) and refreshes their sessions.
        ["RequestToken"] = new()
        {
            PermitLimit = 60, Window = TimeSpan.FromMinutes(1), ClientPermitLimit = 12000, EndUserPermitLimit = 30,
        },
        // An external site pushes one request per resident sign-in from its own servers, so per address is per site;
        // each push is a stored document. A busy site raises RateLimits:PushAuthorizationRequest:PermitLimit.
        ["PushAuthorizationRequest"] = new() { PermitLimit = 600, Window = TimeSpan.FromMinutes(1) },
        // The authorization page's card login: each start stores a card request; a resident starts one or two per sign-in.
        ["StartSiteAuthorizationCardLogin"] = new() { PermitLimit = 20, Window = TimeSpan.FromMinutes(1) },
        // Per address, and per request id from anywhere: a request is answered once (3 refused answers burn it).
        ["CompleteCardRequest"] = new()
        {
            PermitLimit = 30, Window = TimeSpan.FromMinutes(1), RouteValue = "id", RouteValuePermitLimit = 10,
        },
        // Each start sends a code by e-mail: bounds mail bombing of an address through the portal.
        ["StartRegistration"] = new() { PermitLimit = 10, Window = TimeSpan.FromMinutes(10) },
        ["StartEmailChange"] = new() { PermitLimit = 10, Window = TimeSpan.FromMinutes(10) },
        ["ConfirmRegistration"] = new() { PermitLimit = 10, Window = TimeSpan.FromMinutes(10) },
        ["ConfirmEmailChange"] = new() { PermitLimit = 10, Window = TimeSpan.FromMinutes(10) },
        // The device page looks a user code up: bounds guessing of codes from one address.
        ["SubmitDeviceCode"] = new() { PermitLimit = 30, Window = TimeSpan.FromMinutes(1) },
        // The signer's code: a wrong one counts on the request (3 end it); this bounds one address across requests.
        // お知らせ: GOV.UK Notify-style, per agency client (AdmitAgency) after authentication; the address limit is only
        // a backstop for agencies behind one gateway. The per-day limit is a durable counter (Notices:PerDayLimit).
        ["SendAgencyNotice"] = new() { PermitLimit = 600, Window = TimeSpan.FromMinutes(1), ClientPermitLimit = 60 },
        // Each upload is stored and scanned: up to 5 files for each notice the client may send in a minute.
        ["UploadAgencyNoticeAttachment"] = new() { PermitLimit = 600, Window = TimeSpan.FromMinutes(1), ClientPermitLimit = 300 },
        // 本人確認情報の照会: each call is a guess at someone's basic 4 items, so a client gets a clerk's pace, not a
        // script's; the address limit is only a backstop for agencies behind one gateway.
        ["LookUpResident"] = new() { PermitLimit = 600, Window = TimeSpan.FromMinutes(1), ClientPermitLimit = 30 },
        // 自己情報取得API: per site (AdmitSite) after its token is checked; a site reads a category or two per sign-in.
        // A busy site raises RateLimits:GetExternalInformation:ClientPermitLimit; the address limit is only a backstop.
        ["GetExternalInformation"] = new() { PermitLimit = 600, Window = TimeSpan.FromMinutes(1), ClientPermitLimit = 60 },
        ["ConfirmCardRequestCode"] = new()
        {
            PermitLimit = 30, Window = TimeSpan.FromMinutes(1), RouteValue = "id", RouteValuePermitLimit = 10,
        },
    };
}
