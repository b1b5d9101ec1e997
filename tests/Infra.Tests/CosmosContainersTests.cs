using System.Text.Json.Nodes;
using Portal.Domain.Storage;

namespace Infra.Tests;

/// <summary>
/// The Cosmos DB containers Bicep deploys are exactly the ones the code uses (PortalContainers.All):
/// infra/app/cosmos.bicep loops over a literal `containers` variable, which the compiled template keeps verbatim.
/// </summary>
public class CosmosContainersTests
{
    private const string ContainerType = "Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers";
    private const string Row = "variables('containers')[copyIndex()]";

    [Fact]
    public void DeployedContainersEqualPortalContainers()
    {
        var deployed = DeployedContainers().OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
        var expected = PortalContainers.All.OrderBy(c => c.Name, StringComparer.Ordinal).ToList();

        Assert.Equal(expected.Select(c => c.Name), deployed.Select(c => c.Name));
        Assert.All(expected, e => Assert.Equal(e, deployed.Single(d => d.Name == e.Name)));
    }

    [Fact]
    public void ContainerResourceTakesNamePartitionKeyAndTtlFromTheContainersVariable()
    {
        var container = CompiledTemplate.OfMain.Single(ContainerType);

        Assert.Equal("[length(variables('containers'))]", (string?)container["copy"]?["count"]);
        Assert.Contains($"{Row}.name", (string?)container["name"], StringComparison.Ordinal);
        var resource = TemplateResource.Json(container["properties"]?["resource"]);
        Assert.Contains($"'id', {Row}.name", resource, StringComparison.Ordinal);
        Assert.Contains($"'paths', createArray({Row}.partitionKeyPath), 'kind', 'Hash'", resource, StringComparison.Ordinal);
        Assert.Contains($"'defaultTtl', tryGet({Row}, 'defaultTtl')", resource, StringComparison.Ordinal);
    }

    private static IEnumerable<ContainerDefinition> DeployedContainers()
    {
        var container = CompiledTemplate.OfMain.Single(ContainerType);
        var rows = container.Template["variables"]?["containers"] as JsonArray
            ?? throw new InvalidOperationException("The template declaring the containers has no `containers` variable array.");

        foreach (var row in rows.OfType<JsonObject>())
        {
            var unknown = row.Select(p => p.Key).Except(["name", "partitionKeyPath", "defaultTtl"]).ToList();
            Assert.True(unknown.Count == 0, $"Container row {row.ToJsonString()} has properties the test does not compare: {string.Join(", ", unknown)}.");

            yield return new ContainerDefinition(
                (string?)row["name"] ?? throw new InvalidOperationException($"Container row without a name: {row.ToJsonString()}"),
                (string?)row["partitionKeyPath"] ?? throw new InvalidOperationException($"Container row without a partition key path: {row.ToJsonString()}"),
                row["defaultTtl"]?.GetValue<int>());
        }
    }
}
