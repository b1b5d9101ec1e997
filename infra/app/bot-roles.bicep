// The chatbot's role assignments, least privilege: the bot's identity on its own storage, its own database, its own
// vault and telemetry; the portal's identity may only send to the bot's status events queue, and the bot's may only
// send to the portal's queue of notice push reports.

@description('Object id of the bot Function App system-assigned identity.')
param botPrincipalId string

@description('Object id of the portal Function App system-assigned identity (sends status events to the bot).')
param portalPrincipalId string

@description('The bot storage account name.')
param storageAccountName string

@description('The queue of status events the portal sends to the bot.')
param eventsQueueName string

@description('The portal storage account name (it holds the queue of notice push reports).')
param portalStorageAccountName string

@description('The portal\'s queue the bot reports pushed notice pages to.')
param noticePushReportsQueueName string

@description('Cosmos DB account name.')
param cosmosAccountName string

@description('The bot database in that account.')
param cosmosDatabaseName string

@description('The bot Key Vault name.')
param keyVaultName string

@description('Application Insights component name.')
param appInsightsName string

// Built-in Azure RBAC role definition ids.
var roles = {
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  storageQueueDataMessageSender: 'c6a89b2d-59bc-44d0-9896-0f6e12d7b80a'
  keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6'
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb'
}

// Cosmos DB data-plane role (not Azure RBAC): Cosmos DB Built-in Data Contributor.
var cosmosDataContributor = '00000000-0000-0000-0000-000000000002'

// The Functions host's storage and the deployment package (blobs); the login poll and status event queues (queues).
var botStorageRoles = [roles.storageBlobDataOwner, roles.storageQueueDataContributor]

resource storage 'Microsoft.Storage/storageAccounts@2026-06-01' existing = {
  name: storageAccountName

  resource queueService 'queueServices' existing = {
    name: 'default'

    resource eventsQueue 'queues' existing = {
      name: eventsQueueName
    }
  }
}

resource portalStorage 'Microsoft.Storage/storageAccounts@2026-06-01' existing = {
  name: portalStorageAccountName

  resource queueService 'queueServices' existing = {
    name: 'default'

    resource noticePushReportsQueue 'queues' existing = {
      name: noticePushReportsQueueName
    }
  }
}

resource cosmos 'Microsoft.DocumentDB/databaseAccounts@2026-03-15' existing = {
  name: cosmosAccountName

  resource dataContributor 'sqlRoleDefinitions' existing = {
    name: cosmosDataContributor
  }

  resource botDatabase 'sqlDatabases' existing = {
    name: cosmosDatabaseName
  }
}

resource vault 'Microsoft.KeyVault/vaults@2026-05-15' existing = {
  name: keyVaultName
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

resource botStorageRoleAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for role in botStorageRoles: {
    name: guid(storage.id, botPrincipalId, role)
    scope: storage
    properties: {
      principalId: botPrincipalId
      principalType: 'ServicePrincipal'
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role)
    }
  }
]

// The portal adds status events to this one queue and can do nothing else in the bot's storage.
resource portalEventsSender 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage::queueService::eventsQueue.id, portalPrincipalId, roles.storageQueueDataMessageSender)
  scope: storage::queueService::eventsQueue
  properties: {
    principalId: portalPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      roles.storageQueueDataMessageSender
    )
  }
}

// The bot adds its notice push reports to this one queue and can do nothing else in the portal's storage.
resource botPushReportsSender 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(portalStorage::queueService::noticePushReportsQueue.id, botPrincipalId, roles.storageQueueDataMessageSender)
  scope: portalStorage::queueService::noticePushReportsQueue
  properties: {
    principalId: botPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      roles.storageQueueDataMessageSender
    )
  }
}

// The channel secrets, resolved as Key Vault references (the vault holds nothing else).
resource botKeyVaultSecretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, botPrincipalId, roles.keyVaultSecretsUser)
  scope: vault
  properties: {
    principalId: botPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.keyVaultSecretsUser)
  }
}

// Telemetry ingestion with an Entra ID token (the component has local auth disabled).
resource botMonitoringMetricsPublisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(appInsights.id, botPrincipalId, roles.monitoringMetricsPublisher)
  scope: appInsights
  properties: {
    principalId: botPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      roles.monitoringMetricsPublisher
    )
  }
}

// Read and write items in the bot database only: never the portal's.
resource botCosmosDataContributor 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2026-03-15' = {
  parent: cosmos
  name: guid(cosmos::botDatabase.id, botPrincipalId, cosmosDataContributor)
  properties: {
    principalId: botPrincipalId
    roleDefinitionId: cosmos::dataContributor.id
    scope: '${cosmos.id}/dbs/${cosmos::botDatabase.name}'
  }
}
