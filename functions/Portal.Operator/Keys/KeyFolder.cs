using Portal.Operator.Cli;

namespace Portal.Operator.Keys;

/// <summary>
/// The folder <c>--generate-key</c> writes: private.pem (owner read/write only), public.pem and public.jwk (with the
/// kid the agency puts in its assertions' header). An existing private.pem is never overwritten.
/// </summary>
internal sealed class KeyFolder(string path)
{
    public const string PrivateFile = "private.pem";
    public const string PublicFile = "public.pem";
    public const string JwkFile = "public.jwk";

    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public string PrivateKeyPath => System.IO.Path.Combine(Path, PrivateFile);

    /// <summary>Fails early, before anything is registered, when the folder already holds a key.</summary>
    public void RequireNoKey()
    {
        if (File.Exists(PrivateKeyPath))
        {
            throw new OperatorException(
                $"{PrivateKeyPath} が既にあります。上書きしません（別のフォルダーを指定するか、--public-key {System.IO.Path.Combine(Path, PublicFile)} で登録します）。");
        }
    }

    public void Write(AgencyKey key, string privatePem, string publicPem)
    {
        RequireNoKey();
        try
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(Path);
            }
            else
            {
                Directory.CreateDirectory(Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
            // CreateNew with the mode set at creation: the private key is never readable by others, not even briefly.
            var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                create.UnixCreateMode = OwnerOnly;
            }
            using (var writer = new StreamWriter(new FileStream(PrivateKeyPath, create)))
            {
                writer.Write(privatePem);
                writer.Write('\n');
            }
            File.WriteAllText(System.IO.Path.Combine(Path, PublicFile), publicPem + "\n");
            File.WriteAllText(System.IO.Path.Combine(Path, JwkFile), key.Jwk + "\n");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OperatorException($"鍵を {Path} に書けません: {e.Message}", ExitCodes.Failure, e);
        }
    }

    /// <summary>Undoes <see cref="Write"/> when the registration that needed the key failed.</summary>
    public void Delete()
    {
        foreach (var file in new[] { PrivateFile, PublicFile, JwkFile })
        {
            File.Delete(System.IO.Path.Combine(Path, file));
        }
    }
}
