namespace Portal.Contracts.Terms;

/// <summary>One version of the terms of use (利用規約).</summary>
public sealed record TermsView(string Version, string Title, string Body, DateTimeOffset EffectiveAt);
