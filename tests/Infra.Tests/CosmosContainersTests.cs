using System.Text.Json.Nodes;
using Bot.Core.Storage;
using Portal.Domain.Storage;

namespace Infra.Tests;

/// <summary>
/// The Cosmos DB containers Bicep deploys are exactly the ones the code uses (PortalContainers.All, BotContainers.All):
/// infra/app/cosmos.bicep loops over a literal `containers` variable and infra/app/bot-cosmos.bicep over `botContainers`,
/// which the compiled template keeps verbatim.
/// </summary>
public class CosmosContainersTests
{
    private const string ContainerType = "Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers";
    private const string PortalVariable = "containers";
    private const string BotVariable = "botContainers";

    [Fact]
    public void DeployedContainersEqualPortalContainers()
    {
        var deployed = DeployedContainers(PortalVariable).OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
        var expected = PortalContainers.All.OrderBy(c => c.Name, StringComparer.Ordinal).ToList();

        Assert.Equal(expected.Select(c => c.Name), deployed.Select(c => c.Name));
        Assert.All(expected, e => Assert.Equal(e, deployed.Single(d => d.Name == e.Name)));
    }

    [Fact]
    public void DeployedBotContainersEqualBotContainers()
    {
        var deployed = DeployedContainers(BotVariable).OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
        var expected = BotContainers.All
            .Select(c => new ContainerDefinition(c.Name, c.PartitionKeyPath, c.DefaultTimeToLive))
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .ToList();

        Assert.Equal(expected, deployed);
    }

    [Theory]
    [InlineData(PortalVariable)]
    [InlineData(BotVariable)]
    public void ContainerResourceTakesNamePartitionKeyAndTtlFromTheContainersVariable(string variable)
    {
        var container = ContainerResource(variable);
        var row = $"variables('{variable}')[copyIndex()]";

        Assert.Equal($"[length(variables('{variable}'))]", (string?)container["copy"]?["count"]);
        Assert.Contains($"{row}.name", (string?)container["name"], StringComparison.Ordinal);
        var resource = TemplateResource.Json(container["properties"]?["resource"]);
        Assert.Contains($"'id', {row}.name", resource, StringComparison.Ordinal);
        Assert.Contains($"'paths', createArray({row}.partitionKeyPath), 'kind', 'Hash'", resource, StringComparison.Ordinal);
        Assert.Contains($"'defaultTtl', tryGet({row}, 'defaultTtl')", resource, StringComparison.Ordinal);
    }

    /// <summary>The container resource of the module whose template declares <paramref name="variable"/>.</summary>
    private static TemplateResource ContainerResource(string variable) =>
        Assert.Single(CompiledTemplate.OfMain.OfType(ContainerType), c => c.Template["variables"]?[variable] is JsonArray);

    private static IEnumerable<ContainerDefinition> DeployedContainers(string variable)
    {
        var container = ContainerResource(variable);
        var rows = container.Template["variables"]?[variable] as JsonArray
            ?? throw new InvalidOperationException($"The template declaring the containers has no `{variable}` variable array.");

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
