namespace Portal.Domain.ExternalSites.Authorization;

/// <summary>What the authorization page shows next.</summary>
public enum AuthorizationStepKind
{
    /// <summary>Who asks, and the button that starts the card login.</summary>
    Start,

    /// <summary>The card login's link, QR code and code, until the signer answers.</summary>
    CardLogin,

    /// <summary>The card login was refused or expired: start another.</summary>
    CardLoginFailed,

    /// <summary>The account that logged in has not finished 利用者登録.</summary>
    RegistrationRequired,

    /// <summary>What the site asks for, 同意する / 同意しない.</summary>
    Consent,

    /// <summary>Back to the site with the answer (<see cref="AuthorizationStep.RedirectTo"/>).</summary>
    Redirect,
}
