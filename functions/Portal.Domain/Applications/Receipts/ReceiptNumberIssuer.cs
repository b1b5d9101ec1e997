using Portal.Domain.Errors;
using Portal.Domain.Storage;

namespace Portal.Domain.Applications.Receipts;

/// <summary>
/// Creates an application under a fresh receipt number. The store's create-if-absent on the id is what makes the
/// number unique (within the receiving body's partition), so a taken number is simply drawn again.
/// </summary>
public sealed class ReceiptNumberIssuer(IApplicationStore store, IReceiptNumberSource numbers, int maxAttempts = 5)
{
    /// <param name="build">The application to create under the number it is given (its id must be that number).</param>
    /// <exception cref="ReceiptNumberUnavailableException">Every attempt collided.</exception>
    public async Task<Stored<Application>> CreateAsync(Func<ReceiptNumber, Application> build, CancellationToken cancellationToken)
    {
        DuplicateDocumentException? last = null;
        for (var attempt = 0; attempt < maxAttempts; attempt++)
        {
            var number = numbers.Next();
            var application = build(number);
            if (application.Id != number.ToString())
            {
                throw new InvalidOperationException("The application's id must be the receipt number it was built with.");
            }
            try
            {
                return await store.CreateAsync(application, cancellationToken);
            }
            catch (DuplicateDocumentException e)
            {
                last = e;
            }
        }
        throw new ReceiptNumberUnavailableException(maxAttempts, last);
    }
}
