namespace Portal.Domain.Procedures.Search;

/// <summary>What one query word scored per procedure: BM25 sum and how many of its distinct grams each one had.</summary>
/// <param name="Grams">How many distinct grams the word has (1 for a one-character word).</param>
internal sealed record UnitScores(double[] Scores, int[] Matched, int Grams);
