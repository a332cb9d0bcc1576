using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ProfileGraph.Data.Tests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL cluster built from the installed server binaries: initdb into a temp directory,
/// started on a free loopback port with fsync off, removed on dispose. initdb refuses to run as root, so
/// under root every server command runs as the postgres user.
/// </summary>
public sealed class PostgresCluster : IDisposable
{
    private readonly string _bin;
    private readonly string _dataDir;
    private readonly bool _asPostgresUser;

    private PostgresCluster(string bin, string dataDir, bool asPostgresUser, int port)
    {
        _bin = bin;
        _dataDir = dataDir;
        _asPostgresUser = asPostgresUser;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=64;Timeout=30";

    public static PostgresCluster Start()
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderDescending().FirstOrDefault()
            : null;
        if (bin is null)
        {
            throw new InvalidOperationException("PostgreSQL tests need the server binaries (/usr/lib/postgresql/*/bin/initdb) or PROFILEGRAPH_TEST_POSTGRES set to a connection string.");
        }

        var asPostgres = Environment.UserName == "root";
        var dataDir = Path.Combine(Path.GetTempPath(), "pg-test-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(dataDir);
        if (asPostgres)
        {
            Run("chown", $"postgres:postgres {dataDir}", false);
        }

        var port = FreePort();
        var cluster = new PostgresCluster(bin, dataDir, asPostgres, port);
        var data = Path.Combine(dataDir, "data");
        cluster.Server("initdb", $"-D {data} -U postgres --auth=trust -E UTF8 --locale=C --no-sync");
        var options = $"-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={dataDir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200";
        try
        {
            cluster.Server("pg_ctl", $"-D {data} -l {Path.Combine(dataDir, "server.log")} -w -t 60 -o \"{options}\" start");
        }
        catch (Exception ex)
        {
            var log = File.Exists(Path.Combine(dataDir, "server.log")) ? File.ReadAllText(Path.Combine(dataDir, "server.log")) : "(no log)";
            throw new InvalidOperationException($"PostgreSQL did not start: {ex.Message}\n{log}", ex);
        }

        return cluster;
    }

    public void Dispose()
    {
        try
        {
            Server("pg_ctl", $"-D {Path.Combine(_dataDir, "data")} -m immediate -w stop");
        }
        finally
        {
            Directory.Delete(_dataDir, recursive: true);
        }
    }

    /// <summary>Runs one SQL command with psql.</summary>
    public string Psql(string sql) => Server("psql", $"-h 127.0.0.1 -p {Port} -U postgres -d postgres -v ON_ERROR_STOP=1 -c \"{sql}\"");

    /// <summary>pgbench's latency for the bare primary-key lookup the store's GetByIds performs (1 client, prepared, 10 s).</summary>
    public string PgBenchLookup(int count)
    {
        var script = Path.Combine(_dataDir, "lookup.sql");
        File.WriteAllText(script, $"\\set n random(0, {count - 1})\nSELECT id, version, created_at, updated_at, doc FROM documents WHERE project = 'bench' AND id = 'p' || lpad(:n::text, 7, '0');\n");
        var output = Server("pgbench", $"-n -M prepared -c 1 -T 10 -f {script} -h 127.0.0.1 -p {Port} -U postgres postgres");
        return string.Join("; ", output.Split('\n').Where(l => l.StartsWith("latency average", StringComparison.Ordinal) || l.StartsWith("tps", StringComparison.Ordinal)));
    }

    private string Server(string tool, string arguments)
    {
        var exe = Path.Combine(_bin, tool);
        return _asPostgresUser ? Run("runuser", $"-u postgres -- {exe} {arguments}", true) : Run(exe, arguments, true);
    }

    private static string Run(string file, string arguments, bool check)
    {
        var info = new ProcessStartInfo(file, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {file}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{file} {arguments} timed out.");
        }

        if (check && process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {arguments} exited with {process.ExitCode}: {stderr} {stdout.Result}");
        }

        return stdout.Result;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
