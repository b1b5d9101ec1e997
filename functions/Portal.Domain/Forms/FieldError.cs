using Portal.Contracts.Errors;

namespace Portal.Domain.Forms;

/// <summary>
/// One problem with one answer: where (<see cref="Path"/>, e.g. "applicant.kana" or "children[1].birthDate"), what
/// (<see cref="Code"/>, one of <see cref="FieldErrorCodes"/>) and the resident-facing Japanese message.
/// </summary>
public sealed record FieldError(string Path, string Code, string Message);
