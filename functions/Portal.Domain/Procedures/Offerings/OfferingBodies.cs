using Portal.Domain.Procedures.LocalGovernments;
using Portal.Domain.Procedures.Templates;

namespace Portal.Domain.Procedures.Offerings;

/// <summary>Which body's <see cref="OfferingSet"/> answers a resident of a local government for a procedure.</summary>
public static class OfferingBodies
{
    /// <returns>The set's key: the municipality (a designated city for its wards), the prefecture, or the national agency.</returns>
    public static string KeyFor(LocalGovernment residence, ProcedureTemplate template) => template.Level switch
    {
        ProcessingLevels.Municipality => residence.Kind == LocalGovernmentKinds.Prefecture
            ? throw new ArgumentException("A prefecture is not a place of residence for municipal procedures.", nameof(residence))
            : residence.ParentCode ?? residence.Code,
        ProcessingLevels.Prefecture => residence.PrefectureCode,
        ProcessingLevels.National => OfferingSet.NationalKey(template.NationalAgencyId
            ?? throw new InvalidOperationException($"National procedure {template.Id} names no agency.")),
        _ => throw new InvalidOperationException($"Procedure {template.Id} has an unknown level '{template.Level}'."),
    };
}
