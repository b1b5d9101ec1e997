namespace CardTool.Issuing;

/// <summary>Everything <c>cardtool issue</c> was asked for, already checked.</summary>
public sealed record IssueRequest(
    ResidentInput Resident,
    CardPins Pins,
    int ValidDays,
    bool SupportsExtendedLength,
    string? CrlBaseUrl,
    bool ClientAuthEku,
    string Prefecture,
    string City);
