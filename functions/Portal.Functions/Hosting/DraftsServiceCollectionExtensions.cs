using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Domain.Drafts;
using Portal.Domain.Drafts.Attachments;
using Portal.Domain.Forms;
using Portal.Domain.Printing;
using Portal.Domain.Storage;

namespace Portal.Functions.Hosting;

/// <summary>
/// 一時保存's wiring: drafts in <c>drafts</c>, files in the <c>attachments</c> blob container, the expiry sweep, printing.
/// The malware scanner is the local EICAR one unless a production scanner is registered first.
/// </summary>
public static class DraftsServiceCollectionExtensions
{
    public static IServiceCollection AddPortalDrafts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DraftOptions>().Bind(configuration.GetSection(DraftOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IMalwareScanner, EicarMalwareScanner>();
        services.TryAddSingleton(_ => FormCatalog.Embedded());
        services.AddSingleton(sp => new DraftRepository(sp.GetRequiredService<PortalDatabase>()));
        services.AddSingleton<AttachmentStore>();
        services.AddSingleton<DraftService>();
        services.AddSingleton<DraftExpiry>();

        // Printing the completed form (procedures or places without online application). The font loads on first use.
        services.AddOptions<PrintingOptions>().Bind(configuration.GetSection(PrintingOptions.Section));
        services.TryAddSingleton<PdfFormRenderer>();
        services.AddSingleton<DraftPrintService>();
        return services;
    }
}
