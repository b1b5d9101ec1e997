using System.Text.RegularExpressions;
using Portal.Domain.Identifiers;
using Portal.Domain.Residents.References;

namespace Portal.Domain.Information;

/// <summary>The route values of the agency side: the agency's residentRef, a category id, and its own record id.</summary>
public static partial class InformationIdentifiers
{
    public static IdentifierFormat ResidentRef { get; } =
        new("residentRef", ResidentRefs.IsWellFormed, _ => new InformationResidentUnknownException(), "rr_AbCdEfGhIjKlMnOpQrStUv");

    public static IdentifierFormat Category { get; } =
        IdentifierFormat.Pattern("category", CategoryPattern(), id => new InformationCategoryNotFoundException(id), "household");

    /// <summary>The agency's own id of a record (its 副本's key): ASCII, 1–64 characters, no path or query characters.</summary>
    public static IdentifierFormat Record { get; } =
        IdentifierFormat.Pattern("recordId", RecordPattern(), _ => new InformationRecordIdInvalidException(), "tax-2025");

    [GeneratedRegex("^[a-z][a-z0-9-]{1,48}$")]
    private static partial Regex CategoryPattern();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    private static partial Regex RecordPattern();
}
