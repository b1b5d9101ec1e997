namespace Portal.Domain.Procedures.Search;

/// <summary>One field of one procedure containing a gram, and how often.</summary>
internal readonly record struct Posting(int Doc, byte Field, ushort Frequency);
