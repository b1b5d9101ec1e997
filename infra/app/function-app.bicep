// The portal's Function App (.NET 10 isolated worker) on Flex Consumption, with a system-assigned identity
// that every connection uses: storage, Cosmos DB, Key Vault and Application Insights take no keys.

@description('Function App name.')
param name string

@description('Azure region.')
param location string

@description('Tags for the app; azd-service-name is added here.')
param tags object

@description('Resource id of the Flex Consumption plan.')
param planId string

@description('Storage account the Functions host uses (AzureWebJobsStorage).')
param storageAccountName string

@description('URL of the blob container that holds the deployment package.')
param deploymentContainerUrl string

@description('Cosmos DB account endpoint (https://<account>.documents.azure.com:443/).')
param cosmosEndpoint string

@description('Cosmos DB database name.')
param cosmosDatabaseName string

@description('Key Vault URI (https://<vault>.vault.azure.net/).')
param keyVaultUri string

@description('Application Insights connection string (not a secret; ingestion needs an Entra ID token).')
param appInsightsConnectionString string

@description('Queue of the chatbot\'s storage that application status events are sent to (read by the app as BotEventsQueue).')
param botEventsQueueName string

@description('Queue endpoint of the chatbot\'s storage (https://<account>.queue.core.windows.net/), reached by identity.')
param botEventsQueueServiceUri string

@description('The portal\'s queue of the chatbot\'s reports on the notice pages it pushed (app setting NoticePushReportsQueue).')
param noticePushReportsQueueName string

@description('The public base URL of the portal (the OAuth issuer and card-request audience are under /api).')
param publicBaseUrl string = 'https://${name}.azurewebsites.net'

@description('Most instances the app scales out to.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int

@description('Memory per instance in MB.')
@allowed([512, 2048, 4096])
param instanceMemoryMB int

resource functionApp 'Microsoft.Web/sites@2025-03-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': 'functions' })
  kind: 'functionapp,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: planId
    httpsOnly: true
    keyVaultReferenceIdentity: 'SystemAssigned'
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: [
        // The Functions host's own storage, by identity (blob, queue and table URIs derive from the name).
        { name: 'AzureWebJobsStorage__accountName', value: storageAccountName }
        // Read by the app as configuration sections Cosmos:Endpoint, Cosmos:Database, KeyVault:Uri.
        { name: 'Cosmos__Endpoint', value: cosmosEndpoint }
        { name: 'Cosmos__Database', value: cosmosDatabaseName }
        { name: 'KeyVault__Uri', value: keyVaultUri }
        // Identity: JPKI trust anchors and the token-signing certificate from Key Vault (managed identity), CRLs
        // from blob storage, the issuer every token and discovery document names.
        { name: 'Identity__TrustAnchors__VaultUri', value: keyVaultUri }
        { name: 'Identity__Tokens__VaultUri', value: keyVaultUri }
        { name: 'Identity__Tokens__Issuer', value: '${publicBaseUrl}/api' }
        { name: 'Identity__Crl__Container', value: 'crl' }
        // The key residentRefs are derived with (32 random bytes, base64): a secret the operator sets once and never
        // rotates casually (a new key gives every resident new refs at every body); the platform resolves the reference
        // with the app's identity, which already reads this vault.
        { name: 'ResidentRefs__Key', value: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/portal-resident-ref-key)' }
        // The history keys that sign 操作履歴 exports (one line per key ever used, oldest first; the last signs): a
        // secret of their own, never the token-signing certificate, which rotates and is disabled. Keys are only added.
        { name: 'Histories__SigningKeys', value: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/portal-history-keys)' }
        // The queue of application status events; the queue trigger's binding expression %ApplicationEventsQueue% reads it.
        { name: 'ApplicationEventsQueue', value: 'application-events' }
        // A notice's fan-out, one message per page of recipients; the trigger reads %NoticeFanOutQueue%.
        { name: 'NoticeFanOutQueue', value: 'notice-fanout' }
        // The chatbot's reports on the pages it pushed (the agencies' delivery figures); %NoticePushReportsQueue%.
        { name: 'NoticePushReportsQueue', value: noticePushReportsQueueName }
        // The e-mail outbox; the sender's trigger reads %EmailOutboxQueue%.
        { name: 'EmailOutboxQueue', value: 'email-outbox' }
        // やりとり履歴's outbox (one exchange → the resident's chain and both agencies' logs); %ExchangeOutboxQueue%.
        { name: 'ExchangeOutboxQueue', value: 'exchange-outbox' }
        // The chatbot's status events queue, in the bot's storage, by identity (the portal may only send to it).
        { name: 'BotEventsQueue', value: botEventsQueueName }
        { name: 'BotEventsStorage__queueServiceUri', value: botEventsQueueServiceUri }
        // The worker sees the Functions host as its peer; the client's address is in X-Forwarded-For.
        { name: 'RateLimits__TrustForwardedFor', value: 'true' }
        // Telemetry sent with the system-assigned identity's token (the component has local auth disabled).
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: appInsightsConnectionString }
        { name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING', value: 'Authorization=AAD' }
      ]
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: deploymentContainerUrl
          authentication: {
            type: 'SystemAssignedIdentity'
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }

  // No basic-auth publishing: azd deploys with an Entra ID token.
  resource ftp 'basicPublishingCredentialsPolicies' = {
    name: 'ftp'
    properties: {
      allow: false
    }
  }

  resource scm 'basicPublishingCredentialsPolicies' = {
    name: 'scm'
    properties: {
      allow: false
    }
  }
}

output name string = functionApp.name
output principalId string = functionApp.identity.principalId
output defaultHostName string = functionApp.properties.defaultHostName
