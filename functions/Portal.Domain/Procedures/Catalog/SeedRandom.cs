using System.Text;

namespace Portal.Domain.Procedures.Catalog;

/// <summary>
/// A tiny deterministic generator (SplitMix64 over an FNV-1a hash of a text seed): the same seed gives the same numbers
/// in every process and runtime version, which <see cref="Random"/> does not promise and <see cref="string.GetHashCode()"/>
/// deliberately breaks. Only for shaping demo data, never for anything secret.
/// </summary>
internal sealed class SeedRandom
{
    private ulong _state;

    public SeedRandom(string seed)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(seed))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }
        _state = hash;
    }

    /// <summary>A number in [0, 1).</summary>
    public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));

    private ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
