namespace Portal.Domain.Procedures.Offerings;

/// <summary>How a body takes a procedure (the seed: online here, or print and mail, or at the counter).</summary>
public static class ApplicationMethods
{
    /// <summary>電子申請 through the portal.</summary>
    public const string Online = "online";

    /// <summary>Print the form and send it by post.</summary>
    public const string Mail = "mail";

    /// <summary>Bring it to the counter (窓口).</summary>
    public const string Counter = "counter";
}
