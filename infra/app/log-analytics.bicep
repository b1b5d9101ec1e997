// Log Analytics workspace: where Application Insights keeps its data.

@description('Workspace name.')
param name string

@description('Azure region.')
param location string

@description('Tags for the workspace.')
param tags object

resource workspace 'Microsoft.OperationalInsights/workspaces@2026-03-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

output id string = workspace.id
