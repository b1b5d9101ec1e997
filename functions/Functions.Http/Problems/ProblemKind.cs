namespace Functions.Http.Problems;

/// <summary>
/// What a problem says before its detail: its HTTP status, its title and, where the app publishes stable type URIs
/// (the portal's), its type. Without one, the type is the status's RFC 9110 section, as ASP.NET Core writes it.
/// </summary>
public sealed record ProblemKind(int Status, string Title, Uri? Type = null);
