namespace Portal.Contracts.Applications.History;

/// <summary>A status as a stable code clients branch on ("under-review") and the Japanese label people read (審査中).</summary>
public sealed record StatusView(string Code, string Label);
