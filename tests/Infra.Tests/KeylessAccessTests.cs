using System.Text.Json.Nodes;

namespace Infra.Tests;

/// <summary>Nothing accepts keys: storage, Application Insights and Key Vault are reached with Entra ID and Azure RBAC only.</summary>
public class KeylessAccessTests
{
    [Fact]
    public void StorageRefusesSharedKeysAndPublicBlobs()
    {
        // The portal's storage and the chatbot's.
        var accounts = CompiledTemplate.OfMain.OfType("Microsoft.Storage/storageAccounts");

        Assert.Equal(2, accounts.Count);
        Assert.All(accounts, storage =>
        {
            Assert.False((bool?)storage["properties"]?["allowSharedKeyAccess"]);
            Assert.False((bool?)storage["properties"]?["allowBlobPublicAccess"]);
            Assert.Equal("TLS1_2", (string?)storage["properties"]?["minimumTlsVersion"]);
        });
    }

    [Fact]
    public void ApplicationInsightsDisablesLocalAuthentication()
    {
        var appInsights = CompiledTemplate.OfMain.Single("Microsoft.Insights/components");

        Assert.True((bool?)appInsights["properties"]?["DisableLocalAuth"]);
    }

    [Fact]
    public void KeyVaultUsesRbacWithSoftDeleteAndPurgeProtection()
    {
        // The portal's vault and the chatbot's.
        var vaults = CompiledTemplate.OfMain.OfType("Microsoft.KeyVault/vaults");

        Assert.Equal(2, vaults.Count);
        Assert.All(vaults, vault =>
        {
            Assert.True((bool?)vault["properties"]?["enableRbacAuthorization"]);
            Assert.True((bool?)vault["properties"]?["enableSoftDelete"]);
            Assert.True((bool?)vault["properties"]?["enablePurgeProtection"]);
        });
    }

    [Theory]
    [InlineData("b7e6dc6d-f1e8-4753-8033-0f276bb0955b", "Storage Blob Data Owner")]
    [InlineData("974c5e8b-45b9-4653-ba55-5f855dd0fb88", "Storage Queue Data Contributor")]
    [InlineData("4633458b-17de-408a-b874-0445c86b69e6", "Key Vault Secrets User")]
    [InlineData("db79e9a7-68ee-4b58-9aeb-b90e7c24fcba", "Key Vault Certificate User")]
    [InlineData("3913510d-42f4-4e42-8a64-420c390055eb", "Monitoring Metrics Publisher")]
    public void FunctionAppIdentityIsGrantedRole(string roleDefinitionId, string role)
    {
        // roles.bicep names the role ids in a `roles` variable; an assignment uses one directly
        // or loops over a list variable built from them.
        var assignments = CompiledTemplate.OfMain.OfType("Microsoft.Authorization/roleAssignments")
            .Where(a => ((string?)a["properties"]?["principalId"])?.Contains("functionAppPrincipalId", StringComparison.Ordinal) == true)
            .ToList();
        Assert.NotEmpty(assignments);
        var variables = assignments[0].Template["variables"]?.AsObject() ?? [];
        var key = variables["roles"]?.AsObject().SingleOrDefault(p => (string?)p.Value == roleDefinitionId).Key;
        Assert.True(key is not null, $"{role} ({roleDefinitionId}) is not in the roles variable.");

        var reference = $"variables('roles').{key}";
        Assert.Contains(assignments, a => RoleExpression(a, variables).Contains(reference, StringComparison.Ordinal));
    }

    /// <summary>The assignment's role definition id, with a looped-over list variable replaced by its expression.</summary>
    private static string RoleExpression(TemplateResource assignment, JsonObject variables)
    {
        var expression = (string?)assignment["properties"]?["roleDefinitionId"] ?? "";
        foreach (var (name, value) in variables)
        {
            if (expression.Contains($"variables('{name}')[copyIndex()]", StringComparison.Ordinal))
            {
                expression += TemplateResource.Json(value);
            }
        }

        return expression;
    }
}
