namespace Portal.Contracts.Histories;

/// <summary>What a verification found wrong first; the verifier names each in the resident's words.</summary>
public enum HistoryProblem
{
    /// <summary>An entry's sequence number is not the one after the previous entry's (one removed, or reordered).</summary>
    SequenceBroken,

    /// <summary>An entry's hash is not SHA-256 of the previous hash and the entry (the entry, or one before it, changed).</summary>
    HashBroken,

    /// <summary>The head is not a JWS of the history head type.</summary>
    HeadMalformed,

    /// <summary>The head names a key the published key history does not hold.</summary>
    UnknownKey,

    /// <summary>The head's signature was not made by the key it names.</summary>
    BadSignature,

    /// <summary>The head was signed at a time its key was not signing.</summary>
    KeyNotValidThen,

    /// <summary>The signed head is not the last entry (entries added, removed or changed at the end).</summary>
    HeadMismatch,

    /// <summary>The two exports are of different histories or residents.</summary>
    DifferentHistory,

    /// <summary>The newer export does not hold the older one's head: something was removed, altered or reordered.</summary>
    NotExtended,

    /// <summary>The older export's head is in the part retention has deleted since: it cannot be compared.</summary>
    OlderThanCheckpoint,

    /// <summary>The daily tree head is not a JWS of the tree head type.</summary>
    TreeHeadMalformed,

    /// <summary>The daily tree head was not signed by a published history key (in its period): forged.</summary>
    TreeHeadForged,

    /// <summary>The inclusion proof is for a leaf of another history or resident.</summary>
    InclusionOfAnotherLeaf,

    /// <summary>The audit path does not lead from the leaf to the signed root (altered, or the leaf is not in the tree).</summary>
    InclusionProofInvalid,

    /// <summary>The leaf's (sequence number, hash) is not in the chain: the tree was shown another history.</summary>
    TreeLeafNotInChain,
}
