namespace Portal.Domain.Proxies.Appointing;

/// <summary>
/// Whether two spellings name the same person as the card does: spaces (half- and full-width) aside, since the card
/// writes 「山田　花子」 and a resident types 「山田 花子」 or 「山田花子」. Characters themselves are compared exactly.
/// </summary>
public static class PersonNames
{
    public static bool Same(string? a, string? b) =>
        a is not null && b is not null && string.Equals(Compact(a), Compact(b), StringComparison.Ordinal);

    public static bool Same(NamedPerson named, SigningCertificateHolder holder) =>
        Same(named.Name, holder.Name) && named.DateOfBirth == holder.DateOfBirth;

    private static string Compact(string name) => string.Concat(name.Where(c => c is not (' ' or '\u3000')));
}
