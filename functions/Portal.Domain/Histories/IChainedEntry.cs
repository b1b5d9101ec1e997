using System.Text.Json.Nodes;
using Portal.Domain.Storage;

namespace Portal.Domain.Histories;

/// <summary>
/// A history entry that sits in a resident's <see cref="HashChain{T}"/>: its document id is
/// <see cref="ChainIds.Entry"/> of its sequence number, its partition is the resident's.
/// </summary>
public interface IChainedEntry<TSelf> : IDocument where TSelf : IChainedEntry<TSelf>
{
    long? Sequence { get; }

    string? Hash { get; }

    /// <summary>
    /// What the hash covers and the export shows, member for member (with <c>seq</c>, without <c>hash</c>): no hidden
    /// fields, and nothing the history does not show today.
    /// </summary>
    JsonObject ToEntry();

    TSelf WithHash(string hash);
}
