// The chatbot's Function App (.NET 10 isolated worker, bot/Bot.Functions) on its own Flex Consumption plan (one app
// per Flex plan), shaped like the portal's (function-app.bicep): a system-assigned identity for every connection,
// no keys. The channel secrets are Key Vault references into the bot's own vault, never values.

@description('Function App name.')
param name string

@description('Azure region.')
param location string

@description('Tags for the app; azd-service-name is added here.')
param tags object

@description('Resource id of the bot\'s Flex Consumption plan.')
param planId string

@description('The bot storage\'s blob endpoint (the Functions host\'s AzureWebJobsStorage, by identity).')
param storageBlobEndpoint string

@description('The bot storage\'s queue endpoint (the host, the login poll queue and the status events queue).')
param storageQueueEndpoint string

@description('The bot storage\'s table endpoint.')
param storageTableEndpoint string

@description('URL of the blob container that holds the deployment package.')
param deploymentContainerUrl string

@description('Queue of pending logins the bot polls (app setting BotLoginQueue).')
param loginQueueName string

@description('Queue of application status events the portal sends to the bot (app setting BotEventsQueue).')
param eventsQueueName string

@description('The portal\'s queue the bot reports pushed notice pages to (app setting NoticePushReportsQueue).')
param noticePushReportsQueueName string

@description('Queue endpoint of the portal\'s storage (https://<account>.queue.core.windows.net/), reached by identity.')
param noticePushReportsQueueServiceUri string

@description('Cosmos DB account endpoint (https://<account>.documents.azure.com:443/).')
param cosmosEndpoint string

@description('The bot\'s own database in that account.')
param cosmosDatabaseName string

@description('The portal API\'s origin, with a trailing slash (the bot calls api/...).')
param portalBaseUrl string

@description('Name of the bot\'s Key Vault, which holds the channel secrets.')
param keyVaultName string

@description('Whether the LINE channel is on: its secret and token are then read from the bot\'s Key Vault.')
param lineEnabled bool

@description('LIFF app id of the web form page in LINE (not a secret); empty = plain links.')
param lineLiffId string

@description('Microsoft app id of the Teams bot (not a secret); empty = Teams channel off.')
param teamsAppId string

@description('Application Insights connection string (not a secret; ingestion needs an Entra ID token).')
param appInsightsConnectionString string

@description('Most instances the app scales out to; also Bot__Instances, the number LINE\'s multicast budget is split by.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int

@description('Memory per instance in MB.')
@allowed([512, 2048, 4096])
param instanceMemoryMB int

// Key Vault references the platform resolves with the app's identity; the secrets are set by the operator
// (LINE Developers console, the Teams app registration), never by this template. An empty value keeps a channel off.
var secretNames = {
  lineChannelSecret: 'bot-line-channel-secret'
  lineChannelAccessToken: 'bot-line-channel-access-token'
  teamsAppPassword: 'bot-teams-app-password'
  portalClientKey: 'bot-portal-client-key'
  stateKeys: 'bot-state-keys'
}

resource functionApp 'Microsoft.Web/sites@2025-03-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': 'bot' })
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
        // The host's storage by identity, as service URIs: the login poll queue client reads the queue URI itself.
        { name: 'AzureWebJobsStorage__blobServiceUri', value: storageBlobEndpoint }
        { name: 'AzureWebJobsStorage__queueServiceUri', value: storageQueueEndpoint }
        { name: 'AzureWebJobsStorage__tableServiceUri', value: storageTableEndpoint }
        // Queue names the triggers' binding expressions (%BotLoginQueue%, %BotEventsQueue%) read.
        { name: 'BotLoginQueue', value: loginQueueName }
        { name: 'BotEventsQueue', value: eventsQueueName }
        // Its reports on the notice pages it pushed, to the portal's queue by identity (the bot may only send to it).
        { name: 'NoticePushReportsQueue', value: noticePushReportsQueueName }
        { name: 'NoticePushReportsStorage__queueServiceUri', value: noticePushReportsQueueServiceUri }
        // The bot's own database (Bot:Cosmos:*), no key: the managed identity. Bicep owns the containers.
        { name: 'Bot__Cosmos__Endpoint', value: cosmosEndpoint }
        { name: 'Bot__Cosmos__Database', value: cosmosDatabaseName }
        { name: 'Bot__Cosmos__CreateIfNotExists', value: 'false' }
        // The portal API the bot is a client of, and the bot's own public origin (QR codes, the web form page).
        { name: 'Bot__Portal__BaseUrl', value: portalBaseUrl }
        { name: 'Bot__PublicBaseUrl', value: 'https://${name}.azurewebsites.net' }
        // The web chat's limits count by client address: the worker sees the Functions host as its peer, the client's
        // address is in X-Forwarded-For (without this, every web chat user would share one address's limits).
        { name: 'Bot__WebChat__RateLimits__TrustForwardedFor', value: 'true' }
        // The bot is the portal's confidential client (private_key_jwt): its private key as PEM, a secret the operator
        // sets next to registering the public half with portal-operator (never generated here). A secret, not a Key
        // Vault key: the app signs itself, so the key must be exportable. A rotation is a new secret version (the
        // platform re-reads references within a day: rotate with an overlap longer than that).
        {
          name: 'Bot__Portal__ClientKey'
          value: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=${secretNames.portalClientKey})'
        }
        // The keys that seal the tokens and device codes the bot stores (AES-256-GCM): kid:base64key[,kid:base64key...],
        // the first sealing, the others still opening. A secret the operator sets (never generated here); the host does
        // not start without it. Rotation: a new version with the new key first and the old ones after it, kept until
        // the sessions they sealed have expired (a dropped key logs those chats out, nothing more).
        {
          name: 'Bot__StateKeys'
          value: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=${secretNames.stateKeys})'
        }
        // LINE's multicast limit is split evenly across the instances (Bot:Line:MulticastPerSecond / Bot:Instances): the
        // scale-out cap below, from the same parameter, so the shares never add up to more than the channel allows.
        { name: 'Bot__Instances', value: string(maximumInstanceCount) }
        // Channels: LINE and Teams are on only where their credentials are configured.
        {
          name: 'Bot__Line__ChannelSecret'
          value: lineEnabled ? '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=${secretNames.lineChannelSecret})' : ''
        }
        {
          name: 'Bot__Line__ChannelAccessToken'
          value: lineEnabled ? '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=${secretNames.lineChannelAccessToken})' : ''
        }
        // The LIFF app's endpoint URL (LINE Developers console) is {Bot__PublicBaseUrl}/api/forms/page.
        { name: 'Bot__Line__LiffId', value: lineLiffId }
        { name: 'Bot__Teams__AppId', value: teamsAppId }
        {
          name: 'Bot__Teams__AppPassword'
          value: !empty(teamsAppId) ? '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=${secretNames.teamsAppPassword})' : ''
        }
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
