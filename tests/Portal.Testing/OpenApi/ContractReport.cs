namespace Portal.Testing.OpenApi;

/// <summary>
/// Writes how many responses this test process checked against the OpenAPI document to the run's artifacts folder
/// (<c>PORTAL_TEST_ARTIFACTS</c>), one file per process, which the test command adds up.
/// </summary>
public static class ContractReport
{
    private static readonly Lock Gate = new();
    private static long _checked;
    private static bool _hooked;

    public static void Add(ContractChecks checks)
    {
        lock (Gate)
        {
            _checked += checks.Checked;
            if (_hooked || Environment.GetEnvironmentVariable("PORTAL_TEST_ARTIFACTS") is not { Length: > 0 } folder)
            {
                return;
            }
            _hooked = true;
            var file = Path.Combine(folder, $"openapi-checked-{Environment.ProcessId}.txt");
            AppDomain.CurrentDomain.ProcessExit += (_, _) =>
            {
                lock (Gate)
                {
                    File.WriteAllText(file, _checked.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
            };
        }
    }
}
