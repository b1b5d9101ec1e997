using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Domain.Procedures.LocalGovernments;
using Portal.Domain.Procedures.Offerings;
using Portal.Domain.Procedures.Search;
using Portal.Domain.Procedures.Storage;
using Portal.Domain.Procedures.Templates;

namespace Portal.Domain.Procedures.Serving;

/// <summary>
/// Holds the current <see cref="CatalogState"/> of this instance: loaded once at start, then kept current from the
/// container's change feed, so an agency's change is searchable within <see cref="CatalogOptions.RefreshInterval"/>
/// without a restart. A new generation is swapped in whole; readers keep the one they started with.
/// </summary>
public sealed class CatalogHost(
    ProcedureCatalogRepository repository,
    LocalGovernmentDirectory localGovernments,
    IOptions<CatalogOptions> options,
    ILogger<CatalogHost> logger)
{
    private readonly TaskCompletionSource _loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private CatalogState? _current;

    // Only touched under _gate.
    private string? _position;
    private Dictionary<string, ProcedureTemplate> _templates = new(StringComparer.Ordinal);
    private Dictionary<string, OfferingSet> _sets = new(StringComparer.Ordinal);

    /// <summary>The current generation, or null before the first load.</summary>
    public CatalogState? Current => Volatile.Read(ref _current);

    public LocalGovernmentDirectory LocalGovernments => localGovernments;

    /// <summary>
    /// The current generation; before the first load, waits up to <see cref="CatalogOptions.StartupWait"/>.
    /// </summary>
    /// <exception cref="CatalogUnavailableException">Still not loaded after the wait.</exception>
    public async Task<CatalogState> GetAsync(CancellationToken cancellationToken)
    {
        if (Current is { } current)
        {
            return current;
        }
        try
        {
            await _loaded.Task.WaitAsync(options.Value.StartupWait, cancellationToken);
        }
        catch (TimeoutException)
        {
            throw new CatalogUnavailableException(options.Value.RefreshInterval);
        }
        return Current!;
    }

    /// <summary>Reads the whole catalog and swaps in a new generation (the first load, or a full reload).</summary>
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var reading = Stopwatch.StartNew();
            var position = await repository.CurrentChangePositionAsync(cancellationToken);
            var templates = await repository.LoadTemplatesAsync(cancellationToken);
            var sets = await repository.LoadOfferingSetsAsync(cancellationToken);
            reading.Stop();
            _templates = templates.ToDictionary(t => t.Id, StringComparer.Ordinal);
            _sets = sets.ToDictionary(s => s.Id, StringComparer.Ordinal);
            _position = position;
            var state = Build(reading.Elapsed);
            logger.LogInformation(
                "Catalog loaded: {Templates} templates and {Sets} offering sets read in {LoadMs} ms, index built in {BuildMs} ms, version {Version}",
                _templates.Count, _sets.Count, (long)reading.Elapsed.TotalMilliseconds, (long)state.BuildDuration.TotalMilliseconds, state.Version);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Applies what the change feed has since the last load or refresh; loads first if nothing is loaded.</summary>
    /// <returns>True when a new generation was swapped in.</returns>
    public async Task<bool> RefreshAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _current) is null)
        {
            await LoadAsync(cancellationToken);
            return true;
        }
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var changes = await repository.ReadChangesAsync(_position!, cancellationToken);
            _position = changes.Continuation;
            if (changes.IsEmpty)
            {
                return false;
            }
            foreach (var template in changes.Templates)
            {
                _templates[template.Id] = template;
            }
            foreach (var set in changes.OfferingSets)
            {
                _sets[set.Id] = set;
            }
            var state = Build(TimeSpan.Zero);
            logger.LogInformation(
                "Catalog refreshed: {Templates} templates and {Sets} offering sets changed, index rebuilt in {BuildMs} ms, version {Version}",
                changes.Templates.Count, changes.OfferingSets.Count, (long)state.BuildDuration.TotalMilliseconds, state.Version);
            return true;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The background loop: load, then refresh every interval; a failure is logged and retried next time.</summary>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RefreshAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Catalog {Step} failed; retrying in {Interval}",
                    Current is null ? "load" : "refresh", options.Value.RefreshInterval);
            }
            try
            {
                await Task.Delay(options.Value.RefreshInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private CatalogState Build(TimeSpan loadDuration)
    {
        var templates = _templates.Values.OrderBy(t => t.Id, StringComparer.Ordinal).ToList();
        var sets = _sets.Values.OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
        var building = Stopwatch.StartNew();
        var snapshot = new CatalogSnapshot(templates, sets, localGovernments);
        var index = CatalogIndex.Build(snapshot);
        building.Stop();
        var state = new CatalogState(snapshot, index, CatalogVersion.Of(templates, sets),
            templates.ToDictionary(t => t.Id, StringComparer.Ordinal), loadDuration, building.Elapsed);
        Volatile.Write(ref _current, state);
        _loaded.TrySetResult();
        return state;
    }
}
