namespace Portal.Contracts.Information;

/// <summary>One category: its number in the Digital Agency's list, the kinds of body that provide it, and its fields' labels.</summary>
/// <param name="Providers">municipality, prefecture, national, insurer.</param>
public sealed record InformationCategoryView(
    string Id, int Number, string Name, string Group, IReadOnlyList<string> Providers, IReadOnlyList<InformationFieldView> Fields);
