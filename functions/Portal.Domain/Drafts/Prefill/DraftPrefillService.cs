using Portal.Domain.Accounts;
using Portal.Domain.Accounts.Profile;
using Portal.Domain.Forms;
using Portal.Domain.Residents;

namespace Portal.Domain.Drafts.Prefill;

/// <summary>
/// Fills a draft's empty applicant fields from the resident's profile (read from the card), through the drafts' own
/// write path: ETag, progress, expiry and 操作履歴 as for any change, the individual-number guard included.
/// </summary>
public sealed class DraftPrefillService(DraftService drafts, AccountRepository accounts, FormCatalog forms)
{
    /// <exception cref="ProfileRequiredException">No profile: the card has to be read first.</exception>
    /// <exception cref="DraftNotFoundException">Not one of the principal's drafts.</exception>
    /// <exception cref="DraftConflictException">ifMatch is not the current version.</exception>
    public async Task<DraftPrefillResult> PrefillAsync(ResidentContext resident, string id, string? ifMatch, CancellationToken cancellationToken)
    {
        // Existence first, so another resident's draft id is "not found" whether or not this resident has a profile.
        await drafts.GetAsync(resident, id, cancellationToken);
        var profile = (await accounts.FindAsync(resident.PrincipalId, cancellationToken))?.Document.Profile
            ?? throw new ProfileRequiredException();
        IReadOnlyList<string> filled = [];
        var stored = await drafts.FillAsync(resident, id, DraftOperations.Prefill, draft =>
        {
            var form = draft is { FormId: { } formId, FormVersion: { } version } ? forms.Find(formId, version) : null;
            if (form is null)
            {
                filled = [];
                return [];
            }
            var (patch, names) = ProfileFill.Of(form, draft.Data, profile);
            filled = names;
            return patch;
        }, ifMatch, cancellationToken);
        return new DraftPrefillResult(stored, filled);
    }
}
