using Portal.Domain.Accounts;
using Portal.Domain.Identifiers;
using Portal.Domain.Identity.Clients;

namespace Portal.Domain.Terms;

/// <summary>A 利用規約 version label (<c>2026-11-01</c>), as the operator names them.</summary>
public static class TermsIdentifiers
{
    public static IdentifierFormat Version { get; } =
        IdentifierFormat.Pattern("terms-version", ClientIdentifiers.LabelPattern(), version => new TermsUnavailableException(version), "2026-11-01");
}
