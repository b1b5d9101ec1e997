// Application Insights, workspace-based, accepting only Entra ID (AAD) authenticated telemetry.

@description('Application Insights component name.')
param name string

@description('Azure region.')
param location string

@description('Tags for the component.')
param tags object

@description('Resource id of the Log Analytics workspace that stores the telemetry.')
param logAnalyticsWorkspaceId string

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: name
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logAnalyticsWorkspaceId
    DisableLocalAuth: true
  }
}

output connectionString string = appInsights.properties.ConnectionString
