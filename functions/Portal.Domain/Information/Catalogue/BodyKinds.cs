using Portal.Domain.Identity.Clients;
using Portal.Domain.LocalGovernments;

namespace Portal.Domain.Information.Catalogue;

/// <summary>
/// The kinds of body that hold records about residents; a category names the kinds that may provide it (a
/// municipality provides 税・所得 and 児童手当, the national pension service 年金, an insurer 健康保険証).
/// </summary>
public static class BodyKinds
{
    public const string Municipality = "municipality";
    public const string Prefecture = "prefecture";
    public const string National = "national";
    public const string Insurer = "insurer";

    /// <summary>The portal itself, as the holder of a portal-held category in わたしの情報; never an agency's kind.</summary>
    public const string Portal = "portal";

    /// <summary>The kinds an agency may be (<see cref="Portal"/> is not one).</summary>
    public static IReadOnlyList<string> All { get; } = [Municipality, Prefecture, National, Insurer];

    /// <summary>The kind of the body <paramref name="binding"/> names (a prefecture's code ends its five digits in 000).</summary>
    public static string Of(AgencyBinding binding) => binding switch
    {
        { LocalGovernmentCode: { Length: > 0 } code } =>
            LocalGovernmentCode.TryParse(code, out var parsed) && parsed.IsPrefecture ? Prefecture : Municipality,
        { NationalAgencyId: { Length: > 0 } } => National,
        { InsurerNumber: { Length: > 0 } } => Insurer,
        _ => throw new InvalidOperationException("An agency token is always bound to a body."),
    };
}
