using System.Globalization;
using Portal.Contracts.CardRequests;

namespace Portal.Domain.Identity.CardRequests;

/// <summary>
/// Turns the signer's posted strings into what the checks need; anything unreadable is a
/// <see cref="CardRequestRefusal.MalformedSubmission"/> (a clear 400), never a parser exception.
/// </summary>
internal static class SubmissionParser
{
    public static byte[] Decode(string? base64, string field)
    {
        try
        {
            return string.IsNullOrEmpty(base64)
                ? throw new CardRequestRefusedException(CardRequestRefusal.MalformedSubmission, $"the {field} is missing.")
                : Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            throw new CardRequestRefusedException(CardRequestRefusal.MalformedSubmission, $"the {field} is not base64.");
        }
    }

    public static BasicFourItems ItemsOf(PrefillSubmission submission)
    {
        if (string.IsNullOrWhiteSpace(submission.Name) || string.IsNullOrWhiteSpace(submission.Address))
        {
            throw new CardRequestRefusedException(CardRequestRefusal.MalformedSubmission, "the name and the address are required.");
        }
        if (!DateOnly.TryParseExact(submission.DateOfBirth, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth))
        {
            throw new CardRequestRefusedException(CardRequestRefusal.MalformedSubmission, "the date of birth is not yyyy-MM-dd.");
        }
        if (submission.Sex is not ("1" or "2" or "9"))
        {
            throw new CardRequestRefusedException(CardRequestRefusal.MalformedSubmission, "the sex is not an ISO 5218 code on the card (1, 2, 9).");
        }
        return new BasicFourItems(submission.Name, submission.Address, birth, submission.Sex);
    }
}
