// The chatbot's own database in the portal's Cosmos DB account: conversation state and what the channels need.
// The bot is a client of the portal API, never of the portal's database; its identity's data role is scoped to
// this database alone (bot-roles.bicep).

@description('The existing Cosmos DB account (cosmos.bicep).')
param accountName string

@description('Database name; the bot reads it as Bot__Cosmos__Database.')
param databaseName string

@description('A container: its name, partition key path and default TTL in seconds (absent = TTL off, -1 = on with no default).')
type containerSpec = {
  name: string
  partitionKeyPath: string
  defaultTtl: int?
}

// The bot's containers, one row each. Must equal Bot.Core.Storage.BotContainers.All (names, partition key paths,
// default TTL): tests/Infra.Tests reads this literal from the compiled template and compares it with the code.
var botContainers containerSpec[] = [
  { name: 'conversations', partitionKeyPath: '/id' }
  { name: 'channelEvents', partitionKeyPath: '/id', defaultTtl: 86400 }
  { name: 'conversationReferences', partitionKeyPath: '/id' }
  { name: 'webChatMessages', partitionKeyPath: '/userId', defaultTtl: 604800 }
  { name: 'loginLinks', partitionKeyPath: '/id', defaultTtl: -1 }
  { name: 'residentChannels', partitionKeyPath: '/id' }
  { name: 'contentLinks', partitionKeyPath: '/id', defaultTtl: -1 }
]

resource account 'Microsoft.DocumentDB/databaseAccounts@2026-03-15' existing = {
  name: accountName

  resource database 'sqlDatabases' = {
    name: databaseName
    properties: {
      resource: {
        id: databaseName
      }
    }

    resource container 'containers' = [
      for c in botContainers: {
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

output databaseName string = account::database.name
