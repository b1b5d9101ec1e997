namespace Portal.Contracts.Procedures;

/// <summary>A stable code with its Japanese label: a category ("children", "こども") or a life event.</summary>
public sealed record LabeledCode(string Code, string Label);
