namespace Bot.Core.Login;

/// <summary>
/// <c>Bot:PublicBaseUrl</c>: the bot host's public origin, for the QR code image URLs (<c>api/qr/{id}</c>); without
/// it no QR code is offered. <c>Bot:Login:TermsUrl</c>, <c>Bot:Login:RefreshBefore</c>: refresh a session this long before it expires.
/// </summary>
public sealed class LoginOptions
{
    public Uri? PublicBaseUrl { get; set; }

    /// <summary><c>Bot:Login:TermsUrl</c>: the portal's page of the terms; the terms API when not set.</summary>
    public Uri? TermsUrl { get; set; }

    public TimeSpan RefreshBefore { get; set; } = TimeSpan.FromSeconds(60);
}
