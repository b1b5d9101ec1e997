using System.Net;
using System.Security.Cryptography;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Configuration;
using Portal.Domain.Errors;
using Portal.Operator.Cli;
using Portal.Operator.Commands;
using Portal.Operator.Storage;

namespace Portal.Operator;

/// <summary>
/// The whole command line, callable in process: <see cref="RunAsync(string[], TextWriter, TextWriter)"/> returns one
/// of <see cref="ExitCodes"/> and writes to the given writers. A mistake is one line on <c>error</c>, never a stack
/// trace. Configuration comes from the same environment variables the host reads (<c>Cosmos__*</c>).
/// </summary>
public static class OperatorCommands
{
    public const string Usage = """
        portal-operator: マイナポータルの運用コマンド（クライアント・機関・外部サイトの登録、機関の鍵の交換、利用規約の公開、手続カタログの投入）。
        接続先はホストと同じ環境変数: Cosmos__Endpoint, Cosmos__Key（ローカルのみ。Azure ではマネージド ID）,
        Cosmos__Database（既定 portal）, Cosmos__CreateIfNotExists=true でデータベースとコンテナーがなければ作ります。

        Usage:
          portal-operator clients add --id <client-id> --name <表示名> --grant <grant>... --scope <scope>...
                                      [--public-key <PEM または JWK> | --generate-key <dir>] [--if-absent]
              住民向けのクライアントを登録します。鍵を指定すると機密クライアント（private_key_jwt。例: サーバーで動く
              チャットボット）、指定しなければ公開クライアント（client_id のみ）。鍵の形式と --generate-key は agencies add と同じです。
              grant: device_code（= urn:ietf:params:oauth:grant-type:device_code）, refresh_token, authorization_code,
                     token-exchange（= urn:ietf:params:oauth:grant-type:token-exchange。代理人が委任者として操作するトークン）
              scope: openid, email, portal, registration
              --if-absent: 登録済みなら何も変えずに成功します（起動時の投入用）。

          portal-operator agencies add --id <client-id> --name <表示名> (--lg <団体コード6桁> | --national <機関 ID> | --insurer <保険者番号>)
                                       --scope <scope>... (--public-key <PEM または JWK> | --generate-key <dir>) [--if-absent]
              機関クライアント（client_credentials, private_key_jwt）を登録します。
              --lg は検査数字つきの全国地方公共団体コード（例: 131016 千代田区）。scope: agency.procedures, agency.applications, agency.notices, agency.information, agency.payments
              公開鍵は RSA（2048 ビット以上）か EC P-256。kid は RFC 7638 の JWK サムプリント。
              --generate-key は EC P-256（ES256: FAPI 2.0 で使え、鍵も署名も小さい）の鍵を作り、dir に private.pem（0600）,
              public.pem, public.jwk を書きます。既存の private.pem は上書きしません。
              --if-absent: 登録済みなら鍵を作らず、既存の鍵のまま成功します。

          portal-operator clinics add --id <client-id> --name <医療機関名> --code <医療機関コード10桁>
                                      (--public-key <PEM または JWK> | --generate-key <dir>) [--if-absent]
              医療機関（オンライン資格確認: client_credentials, private_key_jwt）を登録します。scope は clinic.eligibility のみ。
              患者が自分のカードと暗証番号で確認を完了したときだけ、資格情報を受け取れます。鍵の形式は agencies add と同じです。

          portal-operator agencies rotate-key --id <client-id> (--public-key <file> | --generate-key <dir>) [--overlap <期間>]
              新しい鍵を追加し、それまでの鍵は今から --overlap（既定 1d。例: 12h, 30m, P2D。0s〜90d）後に失効させます。
              切り替えの間は古い鍵の署名も通ります。

          portal-operator clients rotate-key --id <client-id> (--public-key <file> | --generate-key <dir>) [--overlap <期間>]
              機密クライアントの鍵を交換します（agencies rotate-key と同じ）。

          portal-operator sites add --id <client-id> --name <表示名> --redirect-uri <URI>... [--sector-uri <https URI>]
                                    --scope <scope>... (--public-key <PEM または JWK> | --generate-key <dir>) [--if-absent]
              外部サイト（外部サイト連携: 認可コード + PAR + PKCE S256, private_key_jwt の PS256/ES256）を登録します。
              --redirect-uri は完全一致で照合します（https。http は localhost などループバックのみ）。
              sub はサイトのセクターごとに別の値（ペアワイズ）: --sector-uri のホスト、なければリダイレクト URI の
              ホスト（複数のホストなら --sector-uri が必要）。後から変えるとサイトの持つ sub がすべて変わります。
              scope: openid（必須）, name, address, birthdate, gender, information:<分野 ID>（例: information:tax-income）
              鍵の形式と --generate-key, --if-absent は agencies add と同じです。
          portal-operator sites rotate-key --id <client-id> (--public-key <file> | --generate-key <dir>) [--overlap <期間>]
              外部サイトの鍵を交換します（agencies rotate-key と同じ）。
          portal-operator sites list | sites show --id <client-id>
              clients list / clients show と同じです。

          portal-operator clients list
          portal-operator clients show --id <client-id>
              登録内容を表示します（公開鍵のみ。秘密の情報は表示しません）。

          portal-operator terms publish --version <版> --title <題名> --file <Markdown> [--effective-at <ISO 8601 時差つき>]
              利用規約の新しい版を公開します（既定では今から有効）。公開済みの版は変えられません:
              同じ版で内容が同じなら何もせず成功、異なれば失敗します。

          portal-operator catalog seed [--concurrency <1〜64>]
              手続のテンプレートと、全国の地方公共団体・国の機関の提供情報（デモデータ）を投入します（既定の並列数 8）。
              何度実行しても同じ結果です。機関が自分で更新した提供情報（updatedBy が seed 以外）は上書きしません。

          portal-operator help

        終了コード: 0 完了, 1 失敗, 2 コマンドラインの誤り（何も書き込みません）, 3 対象が見つからない,
                    4 競合（既に登録済み・公開済みの版と内容が違う・同時更新）, 5 データベースに接続できない。
        """;

    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error) =>
        RunAsync(args, output, error, new ConfigurationBuilder().AddEnvironmentVariables().Build(), TimeProvider.System);

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, IConfiguration configuration, TimeProvider clock)
    {
        using var store = new OperatorStore(configuration);
        var context = new CommandContext(output, store, clock);
        try
        {
            return args switch
            {
                ["help" or "--help" or "-h"] => Help(output),
                ["clients", "add", .. var rest] => await ClientsAddCommand.RunAsync(rest, context),
                ["clients", "list", .. var rest] => await ClientsListCommand.RunAsync(rest, context),
                ["clients", "show", .. var rest] => await ClientsShowCommand.RunAsync(rest, context),
                ["clients", "rotate-key", .. var rest] => await AgenciesRotateKeyCommand.RunAsync(rest, context),
                ["agencies", "add", .. var rest] => await AgenciesAddCommand.RunAsync(rest, context),
                ["clinics", "add", .. var rest] => await ClinicsAddCommand.RunAsync(rest, context),
                ["sites", "add", .. var rest] => await SitesAddCommand.RunAsync(rest, context),
                ["sites", "rotate-key", .. var rest] => await AgenciesRotateKeyCommand.RunAsync(rest, context),
                ["sites", "list", .. var rest] => await ClientsListCommand.RunAsync(rest, context),
                ["sites", "show", .. var rest] => await ClientsShowCommand.RunAsync(rest, context),
                ["agencies", "rotate-key", .. var rest] => await AgenciesRotateKeyCommand.RunAsync(rest, context),
                ["terms", "publish", .. var rest] => await TermsPublishCommand.RunAsync(rest, context),
                ["catalog", "seed", .. var rest] => await CatalogSeedCommand.RunAsync(rest, context),
                [] => throw new UsageException("コマンドがありません。"),
                ["clients", ..] => throw new UsageException("clients のコマンドは add, rotate-key, list, show です。"),
                ["agencies", ..] => throw new UsageException("agencies のコマンドは add, rotate-key です。"),
                ["sites", ..] => throw new UsageException("sites のコマンドは add, rotate-key, list, show です。"),
                ["terms", ..] => throw new UsageException("terms のコマンドは publish です。"),
                ["catalog", ..] => throw new UsageException("catalog のコマンドは seed です。"),
                [var command, ..] => throw new UsageException($"不明なコマンド \"{command}\" です。"),
            };
        }
        catch (UsageException e)
        {
            return Fail(error, e.Message + " 使い方は \"portal-operator help\" で表示します。", ExitCodes.Usage);
        }
        catch (OperatorException e)
        {
            return Fail(error, e.Message, e.ExitCode);
        }
        catch (DependencyUnavailableException)
        {
            return Fail(error, "データベース（Cosmos DB）に接続できません。Cosmos__Endpoint と、サーバーが動いているかを確かめてください。",
                ExitCodes.Unavailable);
        }
        catch (ConcurrencyConflictException)
        {
            return Fail(error, "同時に他の操作で変更されました。もう一度実行してください。", ExitCodes.Conflict);
        }
        catch (CosmosException e) when (e.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            return Fail(error, $"データベースに拒否されました（HTTP {(int)e.StatusCode}）。Cosmos__Key または ID の権限を確かめてください。",
                ExitCodes.Failure);
        }
        catch (CosmosException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return Fail(error, "データベースまたはコンテナーがありません（ローカルでは Cosmos__CreateIfNotExists=true で作ります）。",
                ExitCodes.Failure);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CryptographicException)
        {
            return Fail(error, e.Message, ExitCodes.Failure);
        }
    }

    private static int Help(TextWriter output)
    {
        output.Write(Usage);
        output.WriteLine();
        return ExitCodes.Ok;
    }

    private static int Fail(TextWriter error, string message, int exitCode)
    {
        error.WriteLine($"portal-operator: {message}");
        return exitCode;
    }
}
