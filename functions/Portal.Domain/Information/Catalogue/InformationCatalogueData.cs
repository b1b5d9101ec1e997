using System.Text.Json.Nodes;

namespace Portal.Domain.Information.Catalogue;

/// <summary>The shape of Catalogue/Data/categories.json.</summary>
internal sealed record InformationCatalogueData(
    IReadOnlyList<InformationGroup> Groups, InformationCatalogueData.GenericData Generic, IReadOnlyList<InformationCategory> Categories)
{
    internal sealed record GenericData(JsonObject Schema, Dictionary<string, string> Labels);
}
