namespace Portal.Domain.Drafts;

/// <summary>A draft as やること lists it: with the procedure's and the local government's names from the catalog.</summary>
/// <param name="ProcedureName">Null when the procedure left the catalog since.</param>
public sealed record DraftTodoItem(Draft Draft, string? ProcedureName, string? LocalGovernmentName);
