namespace Portal.Domain.Applications.Submissions;

/// <summary>Where a submission stands; also the API's <c>state</c> strings.</summary>
public static class SubmissionStates
{
    /// <summary>Waiting for the card's signature (or, unsigned, for the application to be stored).</summary>
    public const string PendingSignature = "pending-signature";

    /// <summary>The application is stored under its receipt number.</summary>
    public const string Submitted = "submitted";

    /// <summary>The card's answer was refused (see <see cref="Submission.Refusal"/>): start again with a new key.</summary>
    public const string Refused = "refused";
}
