// Storage account for a Function App's host (triggers, leases, queues) and its Flex Consumption deployment package,
// with the app's own blob containers and queues. Identity only: shared keys are off, so nothing holds a connection
// string with a key. Used for the portal's storage and the chatbot's.

@description('Storage account name (3-24 lowercase letters and digits).')
param name string

@description('Azure region.')
param location string

@description('Tags for the account.')
param tags object

@description('Blob container that holds the function app deployment package.')
param deploymentContainerName string

@description('Blob containers of the app itself (besides the deployment package).')
param containerNames string[] = []

@description('Queues of the app, created here so a role can be scoped to one of them.')
param queueNames string[] = []

@description('Blob lifecycle management rules (deleting files the app no longer needs); none when empty.')
param lifecycleRules object[] = []

resource storage 'Microsoft.Storage/storageAccounts@2026-06-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    accessTier: 'Hot'
    allowSharedKeyAccess: false
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      bypass: 'AzureServices'
      defaultAction: 'Allow'
    }
  }

  resource blobs 'blobServices' = {
    name: 'default'

    resource deployment 'containers' = {
      name: deploymentContainerName
      properties: {
        publicAccess: 'None'
      }
    }

    resource containers 'containers' = [
      for container in containerNames: {
        name: container
        properties: {
          publicAccess: 'None'
        }
      }
    ]
  }

  resource lifecycle 'managementPolicies' = if (!empty(lifecycleRules)) {
    name: 'default'
    properties: {
      policy: {
        rules: lifecycleRules
      }
    }
  }

  resource queueService 'queueServices' = {
    name: 'default'

    resource queues 'queues' = [
      for queue in queueNames: {
        name: queue
      }
    ]
  }
}

output name string = storage.name
output deploymentContainerUrl string = '${storage.properties.primaryEndpoints.blob}${deploymentContainerName}'
output blobEndpoint string = storage.properties.primaryEndpoints.blob
output queueEndpoint string = storage.properties.primaryEndpoints.queue
output tableEndpoint string = storage.properties.primaryEndpoints.table
