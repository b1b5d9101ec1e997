using Portal.Domain.Errors;

namespace Portal.Domain.Information;

/// <summary>A record id of another alphabet or length than <see cref="InformationIdentifiers.Record"/> (answered 400).</summary>
public sealed class InformationRecordIdInvalidException() : PortalException("The record id is not 1–64 ASCII letters, digits, '.', '_' or '-'.");
