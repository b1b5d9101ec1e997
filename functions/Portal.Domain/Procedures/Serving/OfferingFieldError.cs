using Portal.Contracts.Errors;

namespace Portal.Domain.Procedures.Serving;

/// <summary>One problem with an offering an agency sent.</summary>
/// <param name="Field">procedureId, methods, pageUrl, contact or note.</param>
/// <param name="Code">One of <see cref="FieldErrorCodes"/>.</param>
/// <param name="Value">The offending value when it is a code (a method), never free text.</param>
public sealed record OfferingFieldError(string Field, string Code, int? Limit = null, string? Value = null);
