using Portal.Domain.Drafts;
using Portal.Domain.Residents;

namespace Portal.Benchmarks;

/// <summary>One iteration's resident: who they are, their card file, and their two complete drafts (each with one PDF).</summary>
public sealed record SubmissionBenchmarkResident(ResidentContext Context, string CardFile, Draft SignedDraft, Draft UnsignedDraft);
