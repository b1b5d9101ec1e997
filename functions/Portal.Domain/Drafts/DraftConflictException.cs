using Portal.Domain.Errors;
using Portal.Domain.Storage;

namespace Portal.Domain.Drafts;

/// <summary>
/// If-Match named an older version of the draft (412). Carries the draft as it is now, with its ETag, so the client
/// (another device, the bot) can merge its answer into it and retry without losing either side's work.
/// </summary>
public sealed class DraftConflictException(Stored<Draft> current)
    : PortalException($"The draft '{current.Document.Id}' was changed by another writer.")
{
    public Stored<Draft> Current { get; } = current;
}
