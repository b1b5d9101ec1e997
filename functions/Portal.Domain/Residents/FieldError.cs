using Portal.Contracts.Errors;

namespace Portal.Domain.Residents;

/// <summary>One refused input field: its JSON name and a stable code (see <see cref="FieldErrorCodes"/>); the edge words it.</summary>
/// <param name="Limit">The limit the value broke (a length, a count), when there is one.</param>
public sealed record FieldError(string Field, string Code, int? Limit = null);
