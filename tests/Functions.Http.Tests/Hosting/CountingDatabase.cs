using Functions.Http.Hosting;

namespace Functions.Http.Tests.Hosting;

/// <summary>A database that counts how often it was created, and fails when given a failure.</summary>
internal sealed class CountingDatabase(string name = "app", bool createAtStartup = false) : IStartupDatabase
{
    public string Name { get; } = name;

    public bool CreateAtStartup { get; } = createAtStartup;

    public int Creations { get; private set; }

    public Exception? Failure { get; init; }

    public Task<int> CreateIfNotExistsAsync(CancellationToken cancellationToken)
    {
        if (Failure is not null)
        {
            throw Failure;
        }
        Creations++;
        return Task.FromResult(3);
    }
}
