namespace Portal.Domain.Notices;

/// <summary>The kinds of audience, as stable strings (the agency API's <c>audience.kind</c>).</summary>
public static class NoticeAudienceKinds
{
    /// <summary>One resident, by the agency's residentRef.</summary>
    public const string Resident = "resident";

    /// <summary>Residents of the agency's area narrowed by age and/or interest.</summary>
    public const string Segment = "segment";

    /// <summary>Everyone in the agency's area (a national agency: the whole country).</summary>
    public const string Everyone = "everyone";

    public static IReadOnlyList<string> All { get; } = [Resident, Segment, Everyone];
}
