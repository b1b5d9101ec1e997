namespace Functions.Http.Hosting;

/// <summary>
/// An app's database, which it may create with its containers at start-up. Only local runs ask for that: in Azure,
/// Bicep owns the databases and the app's identity has no right to create them.
/// </summary>
public interface IStartupDatabase
{
    string Name { get; }

    /// <summary>Whether this run asks to create the database (a setting, off by default).</summary>
    bool CreateAtStartup { get; }

    /// <summary>Creates the database and its containers where missing.</summary>
    /// <returns>How many containers the database has.</returns>
    Task<int> CreateIfNotExistsAsync(CancellationToken cancellationToken);
}
