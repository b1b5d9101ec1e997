namespace Bot.Core.Login;

/// <summary>An RFC 9457 problem the portal answered: its type's last segment, and its Japanese title and detail.</summary>
public sealed record PortalProblem(int Status, string Type, string? Title, string? Detail);
