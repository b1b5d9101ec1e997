namespace Portal.Domain.Applications.Submissions;

/// <summary>The 操作履歴 operation codes of 電子申請; the target is the submission id or the receipt number, never content.</summary>
public static class SubmissionOperations
{
    /// <summary>A new application was sent (target: the submission id).</summary>
    public const string Submit = "application.submit";

    /// <summary>A corrected version was sent (target: the submission id).</summary>
    public const string Correct = "application.correct";

    /// <summary>The signature was checked and the application stored (target: the receipt number).</summary>
    public const string Receive = "application.receive";

    /// <summary>The corrected version was checked and stored as a new revision (target: the receipt number).</summary>
    public const string ReceiveCorrection = "application.receive-correction";
}
