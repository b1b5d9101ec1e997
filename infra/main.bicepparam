// Parameters for `azd provision`: azd exports the environment's values as environment variables.
using 'main.bicep'

param environmentName = readEnvironmentVariable('AZURE_ENV_NAME', 'myna-dev')
param location = readEnvironmentVariable('AZURE_LOCATION', 'japaneast')
param principalId = readEnvironmentVariable('AZURE_PRINCIPAL_ID', '')
