// マイナポータル (serverless) on Azure: one resource group holding the Function App on Flex Consumption,
// its storage, Cosmos DB (serverless), Key Vault and monitoring, and the chatbot's Function App beside it with its own
// plan, storage, database (in the same Cosmos account) and vault. Deployed by `azd up` (see azure.yaml).
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('azd environment name; seeds the resource names and the azd-env-name tag.')
param environmentName string

@minLength(1)
@description('Azure region for every resource.')
param location string

@description('Object id of the user running azd (set by azd as AZURE_PRINCIPAL_ID); gets Key Vault certificate import and Cosmos data access. Empty = none.')
param principalId string = ''

// Optional name overrides; empty = abbreviation + token.
param resourceGroupName string = ''
param logAnalyticsName string = ''
param appInsightsName string = ''
param storageAccountName string = ''
param cosmosAccountName string = ''
param keyVaultName string = ''
param planName string = ''
param functionAppName string = ''
param botStorageAccountName string = ''
param botKeyVaultName string = ''
param botPlanName string = ''
param botFunctionAppName string = ''

@description('Cosmos DB database name.')
param cosmosDatabaseName string = 'portal'

@description('The chatbot\'s Cosmos DB database name (in the same account; the bot never reads the portal\'s).')
param botCosmosDatabaseName string = 'bot'

@description('Whether the chatbot\'s LINE channel is on; its secret and token are then read from the bot\'s Key Vault (secrets bot-line-channel-secret, bot-line-channel-access-token).')
param botLineEnabled bool = false

@description('LIFF app id for the chatbot\'s web form page in LINE (endpoint URL: the bot\'s origin + /api/forms/page); empty = plain links.')
param botLineLiffId string = ''

@description('Microsoft app id of the chatbot\'s Teams registration; empty = Teams off. Its password is the bot Key Vault secret bot-teams-app-password.')
param botTeamsAppId string = ''

@description('Most instances the Function App scales out to (Flex Consumption allows 40-1000).')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 100

@description('Memory per Function App instance in MB.')
@allowed([512, 2048, 4096])
param instanceMemoryMB int = 2048

var abbrs = {
  resourceGroup: 'rg-'
  logAnalytics: 'log-'
  appInsights: 'appi-'
  storageAccount: 'st'
  cosmosAccount: 'cosmos-'
  keyVault: 'kv-'
  plan: 'plan-'
  functionApp: 'func-'
}
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = { 'azd-env-name': environmentName }
// Names are known when the deployment starts (no module outputs), so What-If can predict every resource.
var names = {
  logAnalytics: !empty(logAnalyticsName) ? logAnalyticsName : '${abbrs.logAnalytics}${resourceToken}'
  appInsights: !empty(appInsightsName) ? appInsightsName : '${abbrs.appInsights}${resourceToken}'
  storageAccount: !empty(storageAccountName) ? storageAccountName : '${abbrs.storageAccount}${resourceToken}'
  cosmosAccount: !empty(cosmosAccountName) ? cosmosAccountName : '${abbrs.cosmosAccount}${resourceToken}'
  keyVault: !empty(keyVaultName) ? keyVaultName : '${abbrs.keyVault}${resourceToken}'
  plan: !empty(planName) ? planName : '${abbrs.plan}${resourceToken}'
  functionApp: !empty(functionAppName) ? functionAppName : '${abbrs.functionApp}${resourceToken}'
  botStorageAccount: !empty(botStorageAccountName) ? botStorageAccountName : '${abbrs.storageAccount}bot${resourceToken}'
  botKeyVault: !empty(botKeyVaultName) ? botKeyVaultName : '${abbrs.keyVault}bot-${resourceToken}'
  botPlan: !empty(botPlanName) ? botPlanName : '${abbrs.plan}bot-${resourceToken}'
  botFunctionApp: !empty(botFunctionAppName) ? botFunctionAppName : '${abbrs.functionApp}bot-${resourceToken}'
}
// The portal's queue the chatbot sends to: its reports on the notice pages it pushed (the agencies' delivery figures).
var portalQueues = {
  noticePushReports: 'notice-push-reports'
}
// The chatbot's queues: pending logins it polls, and application status events the portal sends it.
var botQueues = {
  login: 'bot-login-polls'
  events: 'bot-events'
}

resource rg 'Microsoft.Resources/resourceGroups@2025-04-01' = {
  name: !empty(resourceGroupName) ? resourceGroupName : '${abbrs.resourceGroup}${environmentName}'
  location: location
  tags: tags
}

// Log Analytics workspace behind Application Insights.
module logAnalytics 'app/log-analytics.bicep' = {
  scope: rg
  params: {
    name: names.logAnalytics
    location: location
    tags: tags
  }
}

// Application Insights (Entra ID authenticated ingestion only).
module appInsights 'app/app-insights.bicep' = {
  scope: rg
  params: {
    name: names.appInsights
    location: location
    tags: tags
    logAnalyticsWorkspaceId: logAnalytics.outputs.id
  }
}

// Storage for the Functions host and the deployment package; no shared keys.
module storage 'app/storage.bicep' = {
  scope: rg
  params: {
    name: names.storageAccount
    location: location
    tags: tags
    deploymentContainerName: 'app-package-${toLower(take(names.functionApp, 32))}'
    // JPKI's CRLs, mirrored here from their distribution points; the app refreshes from them in the background
    // (Identity:Crl:Container), never during a request.
    containerNames: ['crl']
    // Created here (not by the app) so the bot's role can be scoped to this one queue.
    queueNames: [portalQueues.noticePushReports]
    // お知らせ attachments (NoticeAttachmentStore): an upload no notice named within a day goes; a named one stays as
    // long as a notice can live (366 days) and be kept after expiry (30), with slack.
    lifecycleRules: [
      {
        name: 'notice-attachments-pending'
        enabled: true
        type: 'Lifecycle'
        definition: {
          filters: {
            blobTypes: ['blockBlob']
            prefixMatch: ['notice-attachments/']
            blobIndexMatch: [{ name: 'notice', op: '==', value: 'pending' }]
          }
          actions: { baseBlob: { delete: { daysAfterCreationGreaterThan: 1 } } }
        }
      }
      {
        name: 'notice-attachments-sent'
        enabled: true
        type: 'Lifecycle'
        definition: {
          filters: {
            blobTypes: ['blockBlob']
            prefixMatch: ['notice-attachments/']
            blobIndexMatch: [{ name: 'notice', op: '==', value: 'sent' }]
          }
          actions: { baseBlob: { delete: { daysAfterCreationGreaterThan: 400 } } }
        }
      }
    ]
  }
}

// Cosmos DB, serverless, with the portal database and containers.
module cosmos 'app/cosmos.bicep' = {
  scope: rg
  params: {
    name: names.cosmosAccount
    location: location
    tags: tags
    databaseName: cosmosDatabaseName
  }
}

// Key Vault (RBAC) for the portal's certificate and secrets.
module keyVault 'app/key-vault.bicep' = {
  scope: rg
  params: {
    name: names.keyVault
    location: location
    tags: tags
  }
}

// Flex Consumption plan for the Function App.
module plan 'app/flex-plan.bicep' = {
  scope: rg
  params: {
    name: names.plan
    location: location
    tags: tags
  }
}

// The Function App (azd service "functions"), configured with identity-based connections.
module functionApp 'app/function-app.bicep' = {
  scope: rg
  params: {
    name: names.functionApp
    location: location
    tags: tags
    planId: plan.outputs.id
    storageAccountName: storage.outputs.name
    deploymentContainerUrl: storage.outputs.deploymentContainerUrl
    cosmosEndpoint: cosmos.outputs.endpoint
    cosmosDatabaseName: cosmos.outputs.databaseName
    keyVaultUri: keyVault.outputs.uri
    appInsightsConnectionString: appInsights.outputs.connectionString
    botEventsQueueName: botQueues.events
    botEventsQueueServiceUri: botStorage.outputs.queueEndpoint
    noticePushReportsQueueName: portalQueues.noticePushReports
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
  }
}

// Role assignments for the Function App identity (and the deploying user); runs after the app, so after everything it names.
module roles 'app/roles.bicep' = {
  scope: rg
  params: {
    // The identity exists only once the app does; its id seeds the assignment names so a recreated app gets new ones.
    #disable-next-line what-if-short-circuiting
    functionAppPrincipalId: functionApp.outputs.principalId
    developerPrincipalId: principalId
    storageAccountName: names.storageAccount
    cosmosAccountName: names.cosmosAccount
    cosmosDatabaseName: cosmosDatabaseName
    keyVaultName: names.keyVault
    appInsightsName: names.appInsights
  }
}

// The chatbot (azd service "bot"): its own storage (host, deployment package, queues), database, vault and plan.
module botStorage 'app/storage.bicep' = {
  scope: rg
  params: {
    name: names.botStorageAccount
    location: location
    tags: tags
    deploymentContainerName: 'app-package-${toLower(take(names.botFunctionApp, 32))}'
    queueNames: [botQueues.login, botQueues.events]
  }
}

// Names known at the start (What-If); the account comes first.
module botCosmos 'app/bot-cosmos.bicep' = {
  scope: rg
  params: {
    accountName: names.cosmosAccount
    databaseName: botCosmosDatabaseName
  }
  dependsOn: [cosmos]
}

// The bot's own vault: the channel secrets, set by the operator; the portal's certificate stays out of the bot's reach.
module botKeyVault 'app/key-vault.bicep' = {
  scope: rg
  params: {
    name: names.botKeyVault
    location: location
    tags: tags
  }
}

// Flex Consumption hosts one app per plan.
module botPlan 'app/flex-plan.bicep' = {
  scope: rg
  params: {
    name: names.botPlan
    location: location
    tags: tags
  }
}

module botFunctionApp 'app/bot-function-app.bicep' = {
  scope: rg
  params: {
    name: names.botFunctionApp
    location: location
    tags: tags
    planId: botPlan.outputs.id
    storageBlobEndpoint: botStorage.outputs.blobEndpoint
    storageQueueEndpoint: botStorage.outputs.queueEndpoint
    storageTableEndpoint: botStorage.outputs.tableEndpoint
    deploymentContainerUrl: botStorage.outputs.deploymentContainerUrl
    loginQueueName: botQueues.login
    eventsQueueName: botQueues.events
    noticePushReportsQueueName: portalQueues.noticePushReports
    // By name, not the portal storage's outputs: the bot depends on the portal's storage for this one queue only.
    noticePushReportsQueueServiceUri: 'https://${names.storageAccount}.queue.${environment().suffixes.storage}/'
    cosmosEndpoint: cosmos.outputs.endpoint
    cosmosDatabaseName: botCosmos.outputs.databaseName
    portalBaseUrl: 'https://${functionApp.outputs.defaultHostName}/'
    keyVaultName: botKeyVault.outputs.name
    lineEnabled: botLineEnabled
    lineLiffId: botLineLiffId
    teamsAppId: botTeamsAppId
    appInsightsConnectionString: appInsights.outputs.connectionString
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
  }
}

module botRoles 'app/bot-roles.bicep' = {
  scope: rg
  params: {
    #disable-next-line what-if-short-circuiting
    botPrincipalId: botFunctionApp.outputs.principalId
    #disable-next-line what-if-short-circuiting
    portalPrincipalId: functionApp.outputs.principalId
    storageAccountName: names.botStorageAccount
    eventsQueueName: botQueues.events
    portalStorageAccountName: names.storageAccount
    noticePushReportsQueueName: portalQueues.noticePushReports
    cosmosAccountName: names.cosmosAccount
    cosmosDatabaseName: botCosmosDatabaseName
    keyVaultName: names.botKeyVault
    appInsightsName: names.appInsights
  }
}

// Outputs become azd environment values; the names match what the app and scripts read.
output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output AZURE_FUNCTION_APP_URI string = 'https://${functionApp.outputs.defaultHostName}'
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_COSMOS_ENDPOINT string = cosmos.outputs.endpoint
output AZURE_COSMOS_ACCOUNT_NAME string = cosmos.outputs.name
output AZURE_COSMOS_DATABASE_NAME string = cosmos.outputs.databaseName
output AZURE_KEY_VAULT_URI string = keyVault.outputs.uri
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
output APPLICATIONINSIGHTS_CONNECTION_STRING string = appInsights.outputs.connectionString
output AZURE_BOT_FUNCTION_APP_NAME string = botFunctionApp.outputs.name
output AZURE_BOT_FUNCTION_APP_URI string = 'https://${botFunctionApp.outputs.defaultHostName}'
output AZURE_BOT_STORAGE_ACCOUNT_NAME string = botStorage.outputs.name
output AZURE_BOT_COSMOS_DATABASE_NAME string = botCosmos.outputs.databaseName
output AZURE_BOT_KEY_VAULT_NAME string = botKeyVault.outputs.name
