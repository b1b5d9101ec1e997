namespace Portal.Domain.Procedures.Catalog;

/// <summary>The life events of the seed's さがす screen (3-A), as stable codes with their labels.</summary>
public static class LifeEvents
{
    /// <summary>妊娠・出産.</summary>
    public const string Pregnancy = "pregnancy";

    /// <summary>子育て.</summary>
    public const string Childcare = "childcare";

    /// <summary>引っ越し・住まい.</summary>
    public const string Moving = "moving";

    /// <summary>高齢者・介護.</summary>
    public const string ElderlyCare = "elderly-care";

    /// <summary>ご不幸 (a death in the family).</summary>
    public const string Bereavement = "bereavement";

    /// <summary>健康・医療.</summary>
    public const string HealthMedical = "health-medical";

    public static IReadOnlyDictionary<string, string> Labels { get; } = new Dictionary<string, string>
    {
        [Pregnancy] = "妊娠・出産",
        [Childcare] = "子育て",
        [Moving] = "引っ越し・住まい",
        [ElderlyCare] = "高齢者・介護",
        [Bereavement] = "ご不幸",
        [HealthMedical] = "健康・医療",
    };
}
