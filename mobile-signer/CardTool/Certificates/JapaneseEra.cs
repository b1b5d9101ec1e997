using System.Globalization;

namespace CardTool.Certificates;

/// <summary>
/// The JPKI signing certificate's date of birth: <c>EYYYYMMDD</c>, the Gregorian date after a digit for the
/// Japanese era it falls in (1 明治, 2 大正, 3 昭和, 4 平成, 5 令和, 0 unknown).
/// </summary>
public static class JapaneseEra
{
    private static readonly (DateOnly Start, char Code)[] Eras =
    [
        (new DateOnly(2019, 5, 1), '5'),
        (new DateOnly(1989, 1, 8), '4'),
        (new DateOnly(1926, 12, 25), '3'),
        (new DateOnly(1912, 7, 30), '2'),
        (new DateOnly(1868, 1, 25), '1'),
    ];

    public static char CodeOf(DateOnly date)
    {
        foreach (var (start, code) in Eras)
        {
            if (date >= start)
            {
                return code;
            }
        }
        return '0';
    }

    public static string CertificateDate(DateOnly date) => CodeOf(date) + date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
