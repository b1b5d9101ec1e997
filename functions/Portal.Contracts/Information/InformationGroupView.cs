namespace Portal.Contracts.Information;

public sealed record InformationGroupView(string Id, string Name);
