namespace Portal.Domain.Residents.Lookup;

/// <summary>Configuration section <c>ResidentLookup</c>: how much an agency may look up.</summary>
public sealed class ResidentLookupOptions
{
    public const string Section = "ResidentLookup";

    /// <summary>
    /// Lookups per agency client per Japan day, found or not (a durable counter, next to the per-minute edge limit): a
    /// body that really looks residents up needs far fewer, and a sweep of the index by guessed items runs into it.
    /// </summary>
    public int PerDayLimit { get; set; } = 1000;
}
