namespace Portal.Domain.Procedures.Serving;

/// <summary>Why an agency may not publish.</summary>
public static class PublishingRefusals
{
    /// <summary>A ward of a designated city: the city publishes for its wards.</summary>
    public const string Ward = "ward";

    /// <summary>The binding's local government code is not in the directory.</summary>
    public const string UnknownBody = "unknown-body";
}
