using System.Text.RegularExpressions;
using Portal.Domain.Identifiers;

namespace Portal.Domain.Clinics;

/// <summary>A check's id: 128 random bits, base64url (22 characters); anything else is a check not found.</summary>
public static partial class ClinicIdentifiers
{
    public static IdentifierFormat Check { get; } =
        IdentifierFormat.Pattern("check", CheckIdPattern(), _ => new EligibilityCheckNotFoundException(), "AbCdEfGhIjKlMnOpQrSt_-");

    public static bool IsCheckId(string? id) => id is not null && CheckIdPattern().IsMatch(id);

    [GeneratedRegex("^[A-Za-z0-9_-]{22}$")]
    private static partial Regex CheckIdPattern();
}
