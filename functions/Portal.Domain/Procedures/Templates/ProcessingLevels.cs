namespace Portal.Domain.Procedures.Templates;

/// <summary>Which kind of body processes a procedure, and so who offers it.</summary>
public static class ProcessingLevels
{
    /// <summary>Every municipality and special ward (a designated city for its wards).</summary>
    public const string Municipality = "municipality";

    /// <summary>Every prefecture.</summary>
    public const string Prefecture = "prefecture";

    /// <summary>One national agency, nationwide.</summary>
    public const string National = "national";
}
