using Portal.Operator.Cli;
using Portal.Operator.Keys;

namespace Portal.Operator.Commands;

/// <summary>
/// Where an agency's new key comes from: <c>--public-key</c> (read and checked at once, before the database is
/// touched) or <c>--generate-key</c> (made only when it is really needed, and removed again if registering fails).
/// </summary>
internal sealed class KeySource
{
    private readonly AgencyKey? given;
    private readonly KeyFolder? folder;
    private bool written;

    private KeySource(AgencyKey? given, KeyFolder? folder)
    {
        this.given = given;
        this.folder = folder;
    }

    public static KeySource From(Options options)
    {
        if (options.ExactlyOne("public-key", "generate-key") == "public-key")
        {
            return new KeySource(AgencyKey.FromFile(options.Required("public-key")), null);
        }
        // An existing key in the folder is refused only when a key is really made: with --if-absent, an agency
        // already registered keeps its key and its folder as they are.
        return new KeySource(null, new KeyFolder(options.Required("generate-key")));
    }

    public AgencyKey Obtain()
    {
        if (given is not null)
        {
            return given;
        }
        var (key, privatePem, publicPem) = AgencyKey.Generate();
        folder!.Write(key, privatePem, publicPem);
        written = true;
        return key;
    }

    /// <summary>Removes a generated key that was not registered, so that the next attempt starts clean.</summary>
    public void Discard()
    {
        if (written)
        {
            folder!.Delete();
            written = false;
        }
    }

    public void Describe(TextWriter output)
    {
        if (folder is not null)
        {
            output.WriteLine($"  秘密鍵: {folder.PrivateKeyPath}（EC P-256 / ES256。機関の外に出さないでください）");
            output.WriteLine($"  公開鍵: {Path.Combine(folder.Path, KeyFolder.PublicFile)}, {Path.Combine(folder.Path, KeyFolder.JwkFile)}");
        }
    }
}
