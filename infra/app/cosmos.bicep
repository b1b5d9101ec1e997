// Cosmos DB for NoSQL, serverless, Entra ID only (local key auth disabled), with the portal database and its containers.

@description('Cosmos DB account name.')
param name string

@description('Azure region.')
param location string

@description('Tags for the account.')
param tags object

@description('Database name; the app reads it as Cosmos__Database.')
param databaseName string

@description('A container: its name, partition key path and default TTL in seconds (absent = TTL off, -1 = on with no default).')
type containerSpec = {
  name: string
  partitionKeyPath: string
  defaultTtl: int?
}

// The portal's containers, one row each. Must equal Portal.Domain.Storage.PortalContainers.All (names, partition
// key paths, default TTL): tests/Infra.Tests reads this literal from the compiled template and compares it with the code.
var containers containerSpec[] = [
  { name: 'residents', partitionKeyPath: '/residentId' }
  { name: 'cardRequests', partitionKeyPath: '/id', defaultTtl: 600 }
  { name: 'operationHistory', partitionKeyPath: '/residentId' }
  { name: 'procedures', partitionKeyPath: '/localGovernmentCode' }
  { name: 'drafts', partitionKeyPath: '/residentId', defaultTtl: -1 }
  { name: 'applications', partitionKeyPath: '/localGovernmentCode' }
  { name: 'submissions', partitionKeyPath: '/residentId', defaultTtl: -1 }
  { name: 'receipts', partitionKeyPath: '/id' }
  { name: 'clients', partitionKeyPath: '/id' }
  { name: 'grants', partitionKeyPath: '/id', defaultTtl: -1 }
  { name: 'terms', partitionKeyPath: '/id' }
  { name: 'notices', partitionKeyPath: '/audienceKey', defaultTtl: -1 }
  { name: 'noticeDeliveries', partitionKeyPath: '/noticeId', defaultTtl: -1 }
  { name: 'sentEmails', partitionKeyPath: '/scope', defaultTtl: -1 }
  { name: 'exchangeHistory', partitionKeyPath: '/residentId', defaultTtl: -1 }
  { name: 'agencyExchangeLogs', partitionKeyPath: '/bodyCode', defaultTtl: -1 }
]

resource account 'Microsoft.DocumentDB/databaseAccounts@2026-03-15' = {
  name: name
  location: location
  tags: tags
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    locations: [
      {
        locationName: location
        failoverPriority: 0
        isZoneRedundant: false
      }
    ]
    consistencyPolicy: {
      defaultConsistencyLevel: 'Session'
    }
    capabilities: [
      {
        name: 'EnableServerless'
      }
    ]
    disableLocalAuth: true
    disableKeyBasedMetadataWriteAccess: true
    minimalTlsVersion: 'Tls12'
    publicNetworkAccess: 'Enabled'
  }

  resource database 'sqlDatabases' = {
    name: databaseName
    properties: {
      resource: {
        id: databaseName
      }
    }

    resource container 'containers' = [
      for c in containers: {
        name: c.name
        properties: {
          // defaultTtl is left out, not sent as null, for a container without TTL.
          resource: union(
            {
              id: c.name
              partitionKey: {
                paths: [c.partitionKeyPath]
                kind: 'Hash'
              }
            },
            c.?defaultTtl == null ? {} : { defaultTtl: c.?defaultTtl }
          )
        }
      }
    ]
  }
}

output name string = account.name
output endpoint string = account.properties.documentEndpoint
output databaseName string = account::database.name
