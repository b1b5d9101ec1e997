using System.Text.Json.Serialization;

namespace Portal.Domain.Applications.Status;

/// <summary>Where an application stands; Japanese labels in <see cref="ApplicationStatusLabels"/>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ApplicationStatus>))]
public enum ApplicationStatus
{
    /// <summary>到達: stored by the portal, not yet looked at by the agency.</summary>
    Arrived,

    /// <summary>受付: the agency took it in.</summary>
    Accepted,

    /// <summary>審査中.</summary>
    UnderReview,

    /// <summary>補正依頼: the agency asks the resident to correct it; the answer is a new revision.</summary>
    CorrectionRequested,

    /// <summary>完了 (final).</summary>
    Completed,

    /// <summary>却下 (final).</summary>
    Rejected,

    /// <summary>取下げ by the resident (final).</summary>
    Withdrawn,
}
