using System.Text.Json.Nodes;

namespace Infra.Tests;

/// <summary>Cosmos DB is a serverless NoSQL account that accepts Entra ID tokens only, with the portal database.</summary>
public class CosmosAccountTests
{
    private static TemplateResource Account => CompiledTemplate.OfMain.Single("Microsoft.DocumentDB/databaseAccounts");

    [Fact]
    public void AccountIsServerless()
    {
        var capabilities = Account["properties"]?["capabilities"]?.AsArray().Select(c => (string?)c?["name"]);

        Assert.Contains("EnableServerless", capabilities ?? []);
    }

    [Fact]
    public void AccountDisablesLocalKeyAuthentication()
    {
        Assert.True((bool?)Account["properties"]?["disableLocalAuth"]);
    }

    [Fact]
    public void AccountIsNoSql()
    {
        Assert.Equal("GlobalDocumentDB", (string?)Account["kind"]);
    }

    [Fact]
    public void DatabaseIsNamedPortalByDefault()
    {
        Assert.Equal("portal", (string?)CompiledTemplate.OfMain.Root["parameters"]?["cosmosDatabaseName"]?["defaultValue"]);
    }

    [Fact]
    public void FunctionAppIdentityIsGrantedTheBuiltInDataContributorRole()
    {
        var assignment = Assert.Single(
            CompiledTemplate.OfMain.OfType("Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments"),
            a => ((string?)a["properties"]?["principalId"])?.Contains("functionAppPrincipalId", StringComparison.Ordinal) == true);
        var roleDefinitionId = (string?)assignment["properties"]?["roleDefinitionId"] ?? "";

        // The role id is either literal or a variable of the declaring template.
        var variables = assignment.Template["variables"]?.AsObject() ?? [];
        var resolved = variables.Aggregate(
            roleDefinitionId,
            (expression, v) => v.Value is JsonValue value && value.TryGetValue<string>(out var text)
                ? expression.Replace($"variables('{v.Key}')", $"'{text}'", StringComparison.Ordinal)
                : expression);
        Assert.Contains("'Microsoft.DocumentDB/databaseAccounts/sqlRoleDefinitions'", resolved, StringComparison.Ordinal);
        Assert.Contains("'00000000-0000-0000-0000-000000000002'", resolved, StringComparison.Ordinal);
    }

    [Fact]
    public void FunctionAppIdentityMayTouchThePortalDatabaseOnlyNotTheChatbots()
    {
        var assignment = Assert.Single(
            CompiledTemplate.OfMain.OfType("Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments"),
            a => ((string?)a["properties"]?["principalId"])?.Contains("functionAppPrincipalId", StringComparison.Ordinal) == true);

        Assert.Equal(
            "[format('{0}/dbs/{1}', resourceId('Microsoft.DocumentDB/databaseAccounts', parameters('cosmosAccountName')), parameters('cosmosDatabaseName'))]",
            (string?)assignment["properties"]?["scope"]);
    }
}
