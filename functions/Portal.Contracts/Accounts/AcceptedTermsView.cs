namespace Portal.Contracts.Accounts;

public sealed record AcceptedTermsView(string Version, DateTimeOffset AcceptedAt);
