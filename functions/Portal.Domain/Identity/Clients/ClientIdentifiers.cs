using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Portal.Domain.Identity.Clients;

/// <summary>
/// A client_id as the operator registers it: letters, digits, '.', '_', '-', 1–64 characters, starting with a letter or
/// digit; safe in a Cosmos id, a URL and a JWT. One sent in any other shape names no client and is never looked up.
/// </summary>
public static partial class ClientIdentifiers
{
    public static bool IsClientId([NotNullWhen(true)] string? id) => id is not null && LabelPattern().IsMatch(id);

    /// <summary>The shape of client ids, also of other labels the operator types (terms versions).</summary>
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    public static partial Regex LabelPattern();
}
