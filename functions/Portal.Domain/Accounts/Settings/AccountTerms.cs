using Portal.Domain.Terms;

namespace Portal.Domain.Accounts.Settings;

/// <summary>The terms a resident accepted (with their text) and the version now in effect.</summary>
public sealed record AccountTerms(AcceptedTerms Accepted, TermsVersion AcceptedText, TermsVersion Current)
{
    public bool NewerVersionAvailable => Current.Id != Accepted.Version;
}
