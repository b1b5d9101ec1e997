namespace Portal.Contracts.Drafts;

/// <summary><c>POST /api/me/drafts/{id}/prefill</c>: the draft, and the fields (dotted names) filled from the profile.</summary>
/// <param name="Filled">Only fields that were empty; none when every prefillable field already had an answer.</param>
public sealed record DraftPrefillView(DraftView Draft, IReadOnlyList<string> Filled);
