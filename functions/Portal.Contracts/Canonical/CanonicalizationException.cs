namespace Portal.Contracts.Canonical;

/// <summary>
/// The JSON cannot be canonicalised: RFC 8785 needs I-JSON (unique member names, valid Unicode, numbers that are
/// finite doubles). Thrown the same way for a signed application and a history entry, so neither can hold what the
/// other refuses.
/// </summary>
public sealed class CanonicalizationException(string detail) : Exception($"The JSON cannot be canonicalised: {detail}");
