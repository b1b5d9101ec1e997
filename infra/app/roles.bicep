// Every role assignment of the deployment: what the Function App's identity (and, optionally, the deploying user) may do.

@description('Object id of the Function App system-assigned identity.')
param functionAppPrincipalId string

@description('Object id of the user running azd (AZURE_PRINCIPAL_ID); empty = no developer access.')
param developerPrincipalId string

@description('Storage account name.')
param storageAccountName string

@description('Cosmos DB account name.')
param cosmosAccountName string

@description('The portal database in that account: the app may touch only it (the chatbot has its own database there).')
param cosmosDatabaseName string

@description('Key Vault name.')
param keyVaultName string

@description('Application Insights component name.')
param appInsightsName string

// Built-in Azure RBAC role definition ids.
var roles = {
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6'
  keyVaultCertificateUser: 'db79e9a7-68ee-4b58-9aeb-b90e7c24fcba'
  keyVaultCertificatesOfficer: 'a4417e6f-fecd-4de8-b567-7b0420556985'
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb'
}

// Cosmos DB data-plane role (not Azure RBAC): Cosmos DB Built-in Data Contributor.
var cosmosDataContributor = '00000000-0000-0000-0000-000000000002'

// Functions host storage and the deployment package (blobs); queue triggers and outputs (queues: Contributor
// covers read, process, delete and add, a superset of Queue Data Message Processor and Sender).
var storageRoles = [roles.storageBlobDataOwner, roles.storageQueueDataContributor]

// Reading a certificate with its private key: the certificate (Certificate User) and its backing secret (Secrets User).
var keyVaultRoles = [roles.keyVaultSecretsUser, roles.keyVaultCertificateUser]

resource storage 'Microsoft.Storage/storageAccounts@2026-06-01' existing = {
  name: storageAccountName
}

resource cosmos 'Microsoft.DocumentDB/databaseAccounts@2026-03-15' existing = {
  name: cosmosAccountName

  resource dataContributor 'sqlRoleDefinitions' existing = {
    name: cosmosDataContributor
  }

  resource portalDatabase 'sqlDatabases' existing = {
    name: cosmosDatabaseName
  }
}

resource vault 'Microsoft.KeyVault/vaults@2026-05-15' existing = {
  name: keyVaultName
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

resource storageRoleAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for role in storageRoles: {
    name: guid(storage.id, functionAppPrincipalId, role)
    scope: storage
    properties: {
      principalId: functionAppPrincipalId
      principalType: 'ServicePrincipal'
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role)
    }
  }
]

resource keyVaultRoleAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for role in keyVaultRoles: {
    name: guid(vault.id, functionAppPrincipalId, role)
    scope: vault
    properties: {
      principalId: functionAppPrincipalId
      principalType: 'ServicePrincipal'
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role)
    }
  }
]

// Telemetry ingestion with an Entra ID token (the component has local auth disabled).
resource monitoringMetricsPublisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(appInsights.id, functionAppPrincipalId, roles.monitoringMetricsPublisher)
  scope: appInsights
  properties: {
    principalId: functionAppPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      roles.monitoringMetricsPublisher
    )
  }
}

// Read and write items in the portal's containers only: never the chatbot's database in the same account.
resource cosmosDataContributorForApp 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2026-03-15' = {
  parent: cosmos
  name: guid(cosmos::portalDatabase.id, functionAppPrincipalId, cosmosDataContributor)
  properties: {
    principalId: functionAppPrincipalId
    roleDefinitionId: cosmos::dataContributor.id
    scope: '${cosmos.id}/dbs/${cosmos::portalDatabase.name}'
  }
}

// The deploying user may import the portal's certificate into the vault and look at the data.
resource keyVaultCertificatesOfficer 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(developerPrincipalId)) {
  name: guid(vault.id, developerPrincipalId, roles.keyVaultCertificatesOfficer)
  scope: vault
  properties: {
    principalId: developerPrincipalId
    principalType: 'User'
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      roles.keyVaultCertificatesOfficer
    )
  }
}

resource cosmosDataContributorForDeveloper 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2026-03-15' = if (!empty(developerPrincipalId)) {
  parent: cosmos
  name: guid(cosmos.id, developerPrincipalId, cosmosDataContributor)
  properties: {
    principalId: developerPrincipalId
    roleDefinitionId: cosmos::dataContributor.id
    scope: cosmos.id
  }
}
