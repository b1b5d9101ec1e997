// Storage account for the Functions host (triggers, leases, queues) and the Flex Consumption deployment package.
// Identity only: shared keys are off, so nothing holds a connection string with a key.

@description('Storage account name (3-24 lowercase letters and digits).')
param name string

@description('Azure region.')
param location string

@description('Tags for the account.')
param tags object

@description('Blob container that holds the function app deployment package.')
param deploymentContainerName string

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

    // JPKI's CRLs, mirrored here from its distribution points; the app refreshes from it in the background
    // (Identity:Crl:Container), never during a request.
    resource crl 'containers' = {
      name: 'crl'
      properties: {
        publicAccess: 'None'
      }
    }
  }

  resource queues 'queueServices' = {
    name: 'default'
  }
}

output name string = storage.name
output deploymentContainerUrl string = '${storage.properties.primaryEndpoints.blob}${deploymentContainerName}'
