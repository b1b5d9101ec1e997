using System.Text.Json.Nodes;
using Bot.Core.Login;

namespace Infra.Tests;

/// <summary>
/// The chatbot's Function App beside the portal's: its own plan, storage (queues), database and vault; channel secrets
/// as Key Vault references only; least-privilege roles, and the portal allowed to send to the bot's status events queue.
/// </summary>
public class BotInfraTests
{
    private static TemplateResource Bot => CompiledTemplate.OfMain.App("bot");

    private static TemplateResource Portal => CompiledTemplate.OfMain.App("functions");

    private static JsonArray Settings(TemplateResource app) => app["properties"]?["siteConfig"]?["appSettings"] as JsonArray ?? [];

    private static string? Setting(TemplateResource app, string name) =>
        (string?)Settings(app).SingleOrDefault(s => (string?)s?["name"] == name)?["value"];

    /// <summary>A module deployment of main.bicep by its symbolic name (languageVersion 2.0 keys resources by it).</summary>
    private static JsonObject Module(string symbolicName) =>
        CompiledTemplate.OfMain.Root["resources"]?[symbolicName] as JsonObject
        ?? throw new InvalidOperationException($"main.bicep has no module {symbolicName}.");

    private static JsonObject BotRolesTemplate => (JsonObject)Module("botRoles")["properties"]!["template"]!;

    private static IEnumerable<JsonObject> BotRoleAssignments(string type) =>
        CompiledTemplate.OfMain.OfType(type).Where(a => ReferenceEquals(a.Template, BotRolesTemplate)).Select(a => a.Node);

    [Fact]
    public void BotHasItsOwnSystemAssignedIdentityAndRunsDotnetIsolatedTen()
    {
        Assert.Equal("SystemAssigned", (string?)Bot["identity"]?["type"]);
        Assert.Equal("dotnet-isolated", (string?)Bot["properties"]?["functionAppConfig"]?["runtime"]?["name"]);
        Assert.Equal("10.0", (string?)Bot["properties"]?["functionAppConfig"]?["runtime"]?["version"]);
        Assert.Equal("SystemAssignedIdentity", (string?)Bot["properties"]?["functionAppConfig"]?["deployment"]?["storage"]?["authentication"]?["type"]);
        Assert.True((bool?)Bot["properties"]?["httpsOnly"]);
    }

    [Fact]
    public void BotRunsOnItsOwnPlanWithItsOwnStorageAndVault()
    {
        var parameters = TemplateResource.Json(Module("botFunctionApp")["properties"]?["parameters"]);

        Assert.Contains("reference('botPlan')", parameters, StringComparison.Ordinal);
        Assert.Contains("reference('botStorage')", parameters, StringComparison.Ordinal);
        Assert.Contains("reference('botKeyVault')", parameters, StringComparison.Ordinal);
        Assert.DoesNotContain("reference('plan')", parameters, StringComparison.Ordinal);
        Assert.DoesNotContain("reference('storage')", parameters, StringComparison.Ordinal);
        Assert.DoesNotContain("reference('keyVault')", parameters, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AzureWebJobsStorage__blobServiceUri")]
    [InlineData("AzureWebJobsStorage__queueServiceUri")]
    [InlineData("AzureWebJobsStorage__tableServiceUri")]
    [InlineData(ILoginPollQueue.QueueSetting)]
    [InlineData("BotEventsQueue")]
    [InlineData("Bot__Cosmos__Endpoint")]
    [InlineData("Bot__Cosmos__Database")]
    [InlineData("Bot__Portal__BaseUrl")]
    [InlineData("Bot__PublicBaseUrl")]
    [InlineData("Bot__Line__ChannelSecret")]
    [InlineData("Bot__Line__ChannelAccessToken")]
    [InlineData("Bot__Line__LiffId")]
    [InlineData("Bot__Teams__AppId")]
    [InlineData("Bot__Teams__AppPassword")]
    [InlineData("Bot__Portal__ClientKey")]
    [InlineData("Bot__StateKeys")]
    [InlineData("APPLICATIONINSIGHTS_CONNECTION_STRING")]
    [InlineData("APPLICATIONINSIGHTS_AUTHENTICATION_STRING")]
    public void BotAppSettingIsConfigured(string name)
    {
        Assert.Contains(name, Settings(Bot).Select(s => (string?)s?["name"]));
    }

    [Theory]
    [InlineData("Bot__Line__ChannelSecret", "bot-line-channel-secret")]
    [InlineData("Bot__Line__ChannelAccessToken", "bot-line-channel-access-token")]
    [InlineData("Bot__Teams__AppPassword", "bot-teams-app-password")]
    public void ChannelSecretsAreKeyVaultReferencesOrEmptyNeverValues(string name, string secretName)
    {
        var value = Setting(Bot, name) ?? "";
        var secretNames = Bot.Template["variables"]?["secretNames"]?.AsObject() ?? [];
        var key = secretNames.SingleOrDefault(p => (string?)p.Value == secretName).Key;

        Assert.True(key is not null, $"{secretName} is not in the secretNames variable.");
        // if(channel on, the reference to the secret in the bot's vault, ''): nothing else.
        Assert.Contains($"'@Microsoft.KeyVault(VaultName={{0}};SecretName={{1}})', parameters('keyVaultName'), variables('secretNames').{key})", value, StringComparison.Ordinal);
        Assert.StartsWith("[if(", value, StringComparison.Ordinal);
        Assert.EndsWith(", '')]", value, StringComparison.Ordinal);
    }

    [Fact]
    public void ThePortalClientKeyIsAlwaysAKeyVaultReferenceToTheBotsSecret()
    {
        var value = Setting(Bot, "Bot__Portal__ClientKey") ?? "";
        var secretNames = Bot.Template["variables"]?["secretNames"]?.AsObject() ?? [];
        var key = secretNames.SingleOrDefault(p => (string?)p.Value == "bot-portal-client-key").Key;

        Assert.True(key is not null, "bot-portal-client-key is not in the secretNames variable.");
        // Unconditional: without its key the bot cannot log anyone in.
        Assert.Contains($"'@Microsoft.KeyVault(VaultName={{0}};SecretName={{1}})', parameters('keyVaultName'), variables('secretNames').{key})", value, StringComparison.Ordinal);
    }

    [Fact]
    public void TheStateKeysAreAlwaysAKeyVaultReferenceToTheBotsSecret()
    {
        var value = Setting(Bot, "Bot__StateKeys") ?? "";
        var secretNames = Bot.Template["variables"]?["secretNames"]?.AsObject() ?? [];
        var key = secretNames.SingleOrDefault(p => (string?)p.Value == "bot-state-keys").Key;

        Assert.True(key is not null, "bot-state-keys is not in the secretNames variable.");
        // Unconditional: without its keys the bot does not start (it stores no token in clear).
        Assert.Contains($"'@Microsoft.KeyVault(VaultName={{0}};SecretName={{1}})', parameters('keyVaultName'), variables('secretNames').{key})", value, StringComparison.Ordinal);
    }

    [Fact]
    public void NoBotSettingOrParameterCarriesASecretValueOrAKey()
    {
        var settings = TemplateResource.Json(Bot["properties"]?["siteConfig"]?["appSettings"]);
        var parameters = CompiledTemplate.OfMain.Root["parameters"]?.AsObject() ?? [];

        Assert.DoesNotContain("AccountKey", settings, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("listKeys", settings, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("SharedAccessSignature", settings, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Bot__Cosmos__Key", settings, StringComparison.Ordinal);
        Assert.DoesNotContain(parameters, p => p.Key.Contains("secret", StringComparison.OrdinalIgnoreCase)
            || p.Key.Contains("password", StringComparison.OrdinalIgnoreCase) || p.Key.Contains("token", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void TheBotsQueuesAreCreatedInItsStorageUnderTheNamesTheCodeUses()
    {
        var queues = CompiledTemplate.OfMain.Root["variables"]?["botQueues"];
        var storageParameters = TemplateResource.Json(Module("botStorage")["properties"]?["parameters"]);

        Assert.Equal(ILoginPollQueue.DefaultQueue, (string?)queues?["login"]);
        Assert.Equal("bot-events", (string?)queues?["events"]);
        Assert.Contains("\"queueNames\":{\"value\":[\"[variables('botQueues').login]\",\"[variables('botQueues').events]\"]}", storageParameters, StringComparison.Ordinal);
        Assert.Contains(CompiledTemplate.OfMain.OfType("Microsoft.Storage/storageAccounts/queueServices/queues"),
            q => ((string?)q["copy"]?["count"])?.Contains("parameters('queueNames')", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void ThePortalSendsStatusEventsToTheBotsQueueByIdentity()
    {
        var parameters = TemplateResource.Json(Module("functionApp")["properties"]?["parameters"]);

        Assert.Equal("[parameters('botEventsQueueName')]", Setting(Portal, "BotEventsQueue"));
        Assert.Equal("[parameters('botEventsQueueServiceUri')]", Setting(Portal, "BotEventsStorage__queueServiceUri"));
        Assert.Contains("\"botEventsQueueName\":{\"value\":\"[variables('botQueues').events]\"}", parameters, StringComparison.Ordinal);
        Assert.Contains("reference('botStorage').outputs.queueEndpoint.value", parameters, StringComparison.Ordinal);
    }

    [Fact]
    public void ThePortalMayOnlySendMessagesToTheBotsEventsQueue()
    {
        var portalAssignment = Assert.Single(BotRoleAssignments("Microsoft.Authorization/roleAssignments"),
            a => (string?)a["properties"]?["principalId"] == "[parameters('portalPrincipalId')]");
        var roles = BotRolesTemplate["variables"]?["roles"]?.AsObject() ?? [];

        // Storage Queue Data Message Sender, on the one queue (not the account).
        Assert.Equal("c6a89b2d-59bc-44d0-9896-0f6e12d7b80a", (string?)roles["storageQueueDataMessageSender"]);
        Assert.Contains("variables('roles').storageQueueDataMessageSender", (string?)portalAssignment["properties"]?["roleDefinitionId"], StringComparison.Ordinal);
        Assert.Equal(
            "[resourceId('Microsoft.Storage/storageAccounts/queueServices/queues', parameters('storageAccountName'), 'default', parameters('eventsQueueName'))]",
            (string?)portalAssignment["scope"]);
        var main = TemplateResource.Json(Module("botRoles")["properties"]?["parameters"]);
        Assert.Contains("\"eventsQueueName\":{\"value\":\"[variables('botQueues').events]\"}", main, StringComparison.Ordinal);
        Assert.Contains("\"storageAccountName\":{\"value\":\"[variables('names').botStorageAccount]\"}", main, StringComparison.Ordinal);
    }

    [Fact]
    public void TheBotReportsPushedNoticePagesToThePortalsQueueByIdentity()
    {
        var parameters = TemplateResource.Json(Module("botFunctionApp")["properties"]?["parameters"]);

        Assert.Equal("[parameters('noticePushReportsQueueName')]", Setting(Bot, "NoticePushReportsQueue"));
        Assert.Equal("[parameters('noticePushReportsQueueServiceUri')]", Setting(Bot, "NoticePushReportsStorage__queueServiceUri"));
        Assert.Equal("[parameters('noticePushReportsQueueName')]", Setting(Portal, "NoticePushReportsQueue"));
        Assert.Contains("\"noticePushReportsQueueName\":{\"value\":\"[variables('portalQueues').noticePushReports]\"}", parameters, StringComparison.Ordinal);
        Assert.Contains("variables('names').storageAccount", parameters, StringComparison.Ordinal);
        Assert.Contains("\"noticePushReportsQueueName\":{\"value\":\"[variables('portalQueues').noticePushReports]\"}",
            TemplateResource.Json(Module("functionApp")["properties"]?["parameters"]), StringComparison.Ordinal);
        Assert.Contains("\"queueNames\":{\"value\":[\"[variables('portalQueues').noticePushReports]\"]}",
            TemplateResource.Json(Module("storage")["properties"]?["parameters"]), StringComparison.Ordinal);
    }

    [Fact]
    public void TheBotMayOnlySendMessagesToThePortalsNoticePushReportsQueue()
    {
        var assignment = Assert.Single(BotRoleAssignments("Microsoft.Authorization/roleAssignments"),
            a => ((string?)a["scope"])?.Contains("portalStorageAccountName", StringComparison.Ordinal) == true);

        Assert.Equal("[parameters('botPrincipalId')]", (string?)assignment["properties"]?["principalId"]);
        Assert.Contains("variables('roles').storageQueueDataMessageSender", (string?)assignment["properties"]?["roleDefinitionId"], StringComparison.Ordinal);
        Assert.Equal(
            "[resourceId('Microsoft.Storage/storageAccounts/queueServices/queues', parameters('portalStorageAccountName'), 'default', parameters('noticePushReportsQueueName'))]",
            (string?)assignment["scope"]);
        var main = TemplateResource.Json(Module("botRoles")["properties"]?["parameters"]);
        Assert.Contains("\"portalStorageAccountName\":{\"value\":\"[variables('names').storageAccount]\"}", main, StringComparison.Ordinal);
    }

    [Fact]
    public void TheBotsIdentityGetsDataAccessToItsOwnDatabaseOnly()
    {
        var assignment = Assert.Single(BotRoleAssignments("Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments"));

        Assert.Equal("[parameters('botPrincipalId')]", (string?)assignment["properties"]?["principalId"]);
        Assert.Contains("sqlRoleDefinitions', parameters('cosmosAccountName'), variables('cosmosDataContributor'))",
            (string?)assignment["properties"]?["roleDefinitionId"], StringComparison.Ordinal);
        Assert.Equal("00000000-0000-0000-0000-000000000002", (string?)BotRolesTemplate["variables"]?["cosmosDataContributor"]);
        Assert.Equal(
            "[format('{0}/dbs/{1}', resourceId('Microsoft.DocumentDB/databaseAccounts', parameters('cosmosAccountName')), parameters('cosmosDatabaseName'))]",
            (string?)assignment["properties"]?["scope"]);
        Assert.Equal("bot", (string?)CompiledTemplate.OfMain.Root["parameters"]?["botCosmosDatabaseName"]?["defaultValue"]);
    }

    [Theory]
    [InlineData("storageBlobDataOwner", "b7e6dc6d-f1e8-4753-8033-0f276bb0955b", "Microsoft.Storage/storageAccounts")]
    [InlineData("storageQueueDataContributor", "974c5e8b-45b9-4653-ba55-5f855dd0fb88", "Microsoft.Storage/storageAccounts")]
    [InlineData("keyVaultSecretsUser", "4633458b-17de-408a-b874-0445c86b69e6", "Microsoft.KeyVault/vaults")]
    [InlineData("monitoringMetricsPublisher", "3913510d-42f4-4e42-8a64-420c390055eb", "Microsoft.Insights/components")]
    public void TheBotsIdentityIsGrantedRoleOnItsOwnResource(string key, string roleDefinitionId, string scopeType)
    {
        var roles = BotRolesTemplate["variables"]?["roles"]?.AsObject() ?? [];
        var lists = BotRolesTemplate["variables"]?.AsObject().Where(v => v.Value is JsonArray).ToList() ?? [];

        Assert.Equal(roleDefinitionId, (string?)roles[key]);
        Assert.Contains(BotRoleAssignments("Microsoft.Authorization/roleAssignments"), a =>
        {
            var role = (string?)a["properties"]?["roleDefinitionId"] ?? "";
            var direct = role.Contains($"variables('roles').{key}", StringComparison.Ordinal);
            var looped = lists.Any(l => role.Contains($"variables('{l.Key}')[copyIndex()]", StringComparison.Ordinal)
                && TemplateResource.Json(l.Value).Contains($"variables('roles').{key}", StringComparison.Ordinal));
            return (string?)a["properties"]?["principalId"] == "[parameters('botPrincipalId')]"
                && (direct || looped)
                && ((string?)a["scope"])?.StartsWith($"[resourceId('{scopeType}',", StringComparison.Ordinal) == true;
        });
    }

    [Fact]
    public void TheBotsIdentityHasNoRoleOnThePortalsStorageOrVault()
    {
        var portalRoles = TemplateResource.Json(Module("roles")["properties"]?["parameters"]);

        Assert.DoesNotContain("botFunctionApp", portalRoles, StringComparison.Ordinal);
        Assert.DoesNotContain("\"keyVaultName\":{\"value\":\"[variables('names').keyVault]\"}",
            TemplateResource.Json(Module("botRoles")["properties"]?["parameters"]), StringComparison.Ordinal);
    }

    /// <summary>
    /// LINE's multicast limit is split per instance (<c>Bot:Line:MulticastPerSecond</c> / <c>Bot:Instances</c>): an
    /// instance count below the scale-out cap would let the instances together send more than the channel allows.
    /// </summary>
    [Fact]
    public void TheInstancesTheMulticastBudgetIsSplitByAreTheScaleOutCap()
    {
        var instances = Setting(Bot, "Bot__Instances");
        var cap = (string?)Bot["properties"]?["functionAppConfig"]?["scaleAndConcurrency"]?["maximumInstanceCount"];

        Assert.Equal("[parameters('maximumInstanceCount')]", cap);
        Assert.Equal("[string(parameters('maximumInstanceCount'))]", instances);
    }
}
