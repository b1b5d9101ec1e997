using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Domain.Accounts;
using Portal.Domain.Drafts.Attachments;
using Portal.Domain.Drafts.Prefill;
using Portal.Domain.Forms;
using Portal.Domain.Printing;

namespace Portal.Domain.Drafts;

/// <summary>
/// 一時保存: drafts in <c>drafts</c> (the <c>Drafts</c> section), files in the <c>attachments</c> blob container, the
/// expiry sweep, filling a draft from the account's 利用者情報, and printing (the <c>Printing</c> section). The malware
/// scanner is the local EICAR one unless a production scanner is registered first. Needs storage, e-mail, operation
/// history, forms, the procedure catalog and accounts.
/// </summary>
public static class DraftsServiceCollectionExtensions
{
    public static IServiceCollection AddDrafts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DraftOptions>().Bind(configuration.GetSection(DraftOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IMalwareScanner, EicarMalwareScanner>();
        services.TryAddSingleton(_ => FormCatalog.Embedded());
        services.TryAddSingleton<DraftRepository>();
        services.TryAddSingleton<AttachmentStore>();
        services.TryAddSingleton<DraftService>();
        services.TryAddSingleton<DraftExpiry>();
        services.TryAddSingleton<DraftPrefillService>();
        // Deleting an account deletes its drafts and their files.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAccountDeletionStep, DraftsAccountDeletion>());

        // Printing the completed form (procedures or places without online application). The font loads on first use.
        services.AddOptions<PrintingOptions>().Bind(configuration.GetSection(PrintingOptions.Section));
        services.TryAddSingleton<PdfFormRenderer>();
        services.TryAddSingleton<DraftPrintService>();
        return services;
    }
}
