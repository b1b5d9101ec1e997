namespace Portal.Domain.Home;

/// <summary>One やること.</summary>
/// <param name="Kind">One of <see cref="HomeTodoKinds"/>.</param>
/// <param name="TargetId">What it is about: a draft id, a receipt number, a notice id; null for the account itself.</param>
/// <param name="ProcedureId">The procedure it belongs to or leads to, when there is one.</param>
/// <param name="Title">The name a resident knows it by: the procedure's name or the notice's title (from the catalog
/// or the agency, as stored).</param>
/// <param name="DueAt">By when: the draft's expiry, the certificate's NotAfter.</param>
/// <param name="At">Since when: the draft's last change, the correction request, the notice's publishing.</param>
public sealed record HomeTodo(
    string Kind, string? TargetId, string? ProcedureId, string? Title, DateTimeOffset? DueAt, DateTimeOffset? At);
