namespace Portal.Domain.OperationHistory;

/// <summary>Who did an act of 操作履歴, as the reader of that history sees it.</summary>
public static class OperationActorKinds
{
    /// <summary>The history's own resident did it.</summary>
    public const string Self = "self";

    /// <summary>A proxy did it for the history's resident (in the principal's history).</summary>
    public const string Proxy = "proxy";

    /// <summary>The history's resident did it as someone's proxy (in the proxy's own history).</summary>
    public const string OnBehalfOf = "onBehalfOf";
}
