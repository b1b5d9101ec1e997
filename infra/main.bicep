// マイナポータル (serverless) on Azure: one resource group holding the Function App on Flex Consumption,
// its storage, Cosmos DB (serverless), Key Vault and monitoring. Deployed by `azd up` (see azure.yaml).
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

@description('Cosmos DB database name.')
param cosmosDatabaseName string = 'portal'

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
    keyVaultName: names.keyVault
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
