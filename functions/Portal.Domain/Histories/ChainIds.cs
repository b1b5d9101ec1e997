using System.Globalization;

namespace Portal.Domain.Histories;

/// <summary>
/// Document ids inside a resident's partition of a chained history. Entries are "s" and a fixed-width sequence number,
/// so id order is chain order and a create on the id is the claim on the number; the head hint and the checkpoint have
/// fixed ids, a claim its key. Every one of them sorts after the digit-led ids of entries written before the chain.
/// </summary>
public static class ChainIds
{
    public const string Head = "head";

    public const string Checkpoint = "checkpoint";

    /// <summary>The claim of a keyed entry (<see cref="ChainClaim"/>): "x-" sorts after every entry id.</summary>
    public static string Claim(string key) => $"x-{key}";

    /// <summary>The first id after every entry id (for ranges).</summary>
    public const string AfterEntries = "t";

    public static string Entry(long sequence) => $"s{sequence.ToString("D12", CultureInfo.InvariantCulture)}";
}
