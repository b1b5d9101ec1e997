using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Domain.Exchanges.Purposes;
using Portal.Domain.Exchanges.Reads;
using Portal.Domain.Information;
using Portal.Domain.Information.Catalogue;
using Portal.Domain.Histories;
using Portal.Domain.Histories.Trees;
using Portal.Domain.Residents.References;
using Portal.Domain.Storage;

namespace Portal.Domain.Exchanges;

/// <summary>
/// やりとり履歴: the outbox every agency read goes through, its writer, the resident's chained history with its signed
/// export, each agency's own log, and exchanges between agencies by the allowed-purpose table. Needs storage, the client registry, the residentRef key and the history keys.
/// </summary>
public static class ExchangesServiceCollectionExtensions
{
    public static IServiceCollection AddExchanges(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHistories(configuration).AddResidentRefs(configuration).AddInformation(configuration)
            .AddChainedHistory(new ChainedHistory(ExchangeHistoryExport.History, PortalContainers.ExchangeHistory));
        services.TryAddSingleton(TimeProvider.System);
        // The queue's name is an app setting the queue trigger reads too.
        services.TryAddSingleton(sp => new ExchangeOutbox(sp.GetRequiredService<StorageAccount>(),
            configuration[ExchangeOutbox.QueueSetting] is { Length: > 0 } queue ? queue : ExchangeOutbox.DefaultQueueName));
        services.TryAddSingleton<ExchangeRecorder>();
        services.TryAddSingleton<ExchangeRecordWriter>();
        services.TryAddSingleton<ExchangeHistoryStore>();
        services.TryAddSingleton<ExchangeHistoryReader>();
        services.TryAddSingleton<ExchangeHistoryExport>();
        services.TryAddSingleton<AgencyExchangeLog>();
        services.TryAddSingleton<AgencyExchangeLogReader>();
        services.TryAddSingleton<AgencyApplicationReads>();
        services.TryAddSingleton(sp => ExchangePurposeTable.Load(sp.GetRequiredService<InformationCatalogue>()));
        services.TryAddSingleton<AgencyExchangeService>();
        return services;
    }
}
