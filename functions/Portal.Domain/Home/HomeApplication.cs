using Portal.Domain.Applications;

namespace Portal.Domain.Home;

/// <summary>An application in progress with the procedure's name (null when it left the catalog since).</summary>
public sealed record HomeApplication(ApplicationInProgress Application, string? ProcedureName);
