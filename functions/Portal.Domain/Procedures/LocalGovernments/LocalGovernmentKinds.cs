namespace Portal.Domain.Procedures.LocalGovernments;

/// <summary>The kinds of local government, as stable strings.</summary>
public static class LocalGovernmentKinds
{
    public const string Prefecture = "prefecture";

    /// <summary>政令指定都市: offers municipal procedures for all its wards.</summary>
    public const string DesignatedCity = "designated-city";

    /// <summary>A ward of a designated city (行政区): residents live here; the city offers.</summary>
    public const string Ward = "ward";

    /// <summary>東京23区 (特別区): a municipality of its own.</summary>
    public const string SpecialWard = "special-ward";

    /// <summary>市, 町 or 村.</summary>
    public const string Municipality = "municipality";
}
