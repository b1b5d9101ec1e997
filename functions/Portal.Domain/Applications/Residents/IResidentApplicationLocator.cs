namespace Portal.Domain.Applications.Residents;

/// <summary>
/// Finds which body's partition holds a resident's application, from its receipt number alone (the resident's routes
/// name no body).
/// </summary>
public interface IResidentApplicationLocator
{
    /// <returns>The receiving body's code, or null when the resident has no application with that number.</returns>
    Task<string?> FindAsync(string residentId, string receiptNumber, CancellationToken cancellationToken);
}
