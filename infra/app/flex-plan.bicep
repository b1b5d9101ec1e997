// App Service plan on Flex Consumption (FC1): Linux, scale to zero, pay per execution.

@description('Plan name.')
param name string

@description('Azure region.')
param location string

@description('Tags for the plan.')
param tags object

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: name
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

output id string = plan.id
