using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Npgsql;
using NpgsqlTypes;
using ProfileGraph.Data;
using ProfileGraph.Profiles.Operations;
using ProfileGraph.Profiles.Schema;

namespace ProfileGraph.Benchmarks.Peers;

/// <summary>
/// Loads the peer harness data set (<c>profiles.tsv</c>, <c>devices.tsv</c>, PostgreSQL COPY text format) into
/// ProfileGraph's PostgreSQL store, project <c>demo</c>, in a database of its own that is dropped and created again.
/// Run: <c>dotnet run -c Release --project tests/ProfileGraph.Benchmarks -- load-peers [tsvDir] [connectionString]</c>.
/// </summary>
internal static class PeerLoader
{
    private const string Project = "demo";
    private const string RegistrationIdKind = "registrationId";
    private const string DefaultConnection = "Host=127.0.0.1;Port=55432;Username=postgres;Database=profilegraph";

    // The generator writes gender as 0 unknown, 1 male, 2 female; the API's Gender enum names are stored.
    private static readonly string[] GenderNames = ["UNKNOWN", "MALE", "FEMALE"];

    public static async Task<int> RunAsync(string[] args)
    {
        var dataDir = args.Length > 0 ? args[0]
            : Path.Combine(Environment.GetEnvironmentVariable("PEERS_WORK") ?? "/tmp/profilegraph-peers", "data");
        var connectionString = args.Length > 1 ? args[1] : DefaultConnection;
        var watch = Stopwatch.StartNew();

        await RecreateDatabaseAsync(connectionString);
        var devices = ReadDevices(Path.Combine(dataDir, "devices.tsv"));
        var profiles = ReadProfiles(Path.Combine(dataDir, "profiles.tsv"), devices);
        Console.WriteLine($"read {profiles.Count:N0} profiles, {devices.Values.Sum(d => d.Count):N0} devices in {watch.Elapsed.TotalSeconds:F1} s");

        var sdl = ProfileSdl.Load(ProfileSdl.FindSchemaDirectory());
        var options = new StoreOptions { Kind = StoreKind.Postgres, ConnectionString = connectionString };
        await using (var store = await DocumentStoreFactory.OpenAsync(options, ProfileDocumentSchema.Create(sdl.Declarations)))
        {
            var inserted = await store.BulkInsertAsync(Project, profiles.Select(p => new BulkDocument(p.Id, p.Body, p.CreatedAt, p.UpdatedAt)));
            Console.WriteLine($"bulk insert: {inserted:N0} documents at {watch.Elapsed.TotalSeconds:F1} s");
        }

        await FixUpAsync(connectionString, devices);
        Console.WriteLine($"identities, vacuum: done at {watch.Elapsed.TotalSeconds:F1} s");
        return 0;
    }

    private static async Task RecreateDatabaseAsync(string connectionString)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var database = target.Database ?? throw new ArgumentException("The connection string must name a database.");
        var admin = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync();
        var quoted = "\"" + database.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        await using (var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {quoted} WITH (FORCE)", connection))
        {
            await drop.ExecuteNonQueryAsync();
        }

        await using var create = new NpgsqlCommand($"CREATE DATABASE {quoted}", connection);
        await create.ExecuteNonQueryAsync();
    }

    private static Dictionary<string, List<Device>> ReadDevices(string path)
    {
        // project, profile_id, registration_id, platform, app_version, os, last_active
        var result = new Dictionary<string, List<Device>>(StringComparer.Ordinal);
        foreach (var f in CopyText.Rows(path, 7))
        {
            if (!result.TryGetValue(f[1]!, out var list))
            {
                result[f[1]!] = list = [];
            }

            list.Add(new Device(f[2]!, f[3], f[4], f[5], f[6] is { } t ? Instant(t) : null));
        }

        return result;
    }

    private static List<Profile> ReadProfiles(string path, Dictionary<string, List<Device>> devices)
    {
        // project, profile_id, first_name, last_name, nickname, email, avatar, gender, city, country, language,
        // created_at, updated_at, properties
        var result = new List<Profile>(100_000);
        foreach (var f in CopyText.Rows(path, 14))
        {
            var id = f[1]!;
            var body = new JsonObject();
            Put(body, "firstName", f[2]);
            Put(body, "lastName", f[3]);
            Put(body, "nickname", f[4]);
            Put(body, "email", f[5]);
            Put(body, "avatar", f[6]);
            Put(body, "gender", f[7] is { } g ? GenderNames[int.Parse(g, CultureInfo.InvariantCulture)] : null);
            Put(body, "city", f[8]);
            Put(body, "country", f[9]);
            Put(body, "language", f[10]);
            var properties = JsonNode.Parse(f[13] ?? "{}")!.AsObject();
            body[ProfileDocumentSchema.PropertiesPath] = properties;
            // Every profile write keeps the size of the custom properties in the body, where filters read it.
            body["propertiesSize"] = PropertiesSize.Measure(properties);

            if (devices.TryGetValue(id, out var owned) && owned.Count > 0)
            {
                body["identities"] = new JsonObject
                {
                    ["registrationIds"] = new JsonArray(owned.Select(d => (JsonNode?)JsonValue.Create(d.RegistrationId)).ToArray()),
                };
                body["ext"] = new JsonObject { ["devices"] = new JsonArray(owned.Select(d => (JsonNode?)d.ToJson()).ToArray()) };
            }

            result.Add(new Profile(id, body, Instant(f[11]!), Instant(f[12]!)));
        }

        return result;
    }

    /// <summary>
    /// What the store's bulk API does not take: the identity index rows of the registration ids (upsertDevice keeps them).
    /// </summary>
    private static async Task FixUpAsync(string connectionString, Dictionary<string, List<Device>> devices)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var importer = await connection.BeginBinaryImportAsync("COPY identities (project, kind, value, profile_id) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (profileId, owned) in devices)
            {
                foreach (var device in owned)
                {
                    await importer.StartRowAsync();
                    await importer.WriteAsync(Project, NpgsqlDbType.Text);
                    await importer.WriteAsync(RegistrationIdKind, NpgsqlDbType.Text);
                    await importer.WriteAsync(device.RegistrationId, NpgsqlDbType.Text);
                    await importer.WriteAsync(profileId, NpgsqlDbType.Text);
                }
            }

            await importer.CompleteAsync();
        }

        await Execute(connection, "VACUUM (ANALYZE) documents");
        await Execute(connection, "VACUUM (ANALYZE) identities");
        await Execute(connection, "CHECKPOINT");
    }

    private static async Task<int> Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        return await command.ExecuteNonQueryAsync();
    }

    private static void Put(JsonObject body, string key, string? value)
    {
        if (value is not null)
        {
            body[key] = value;
        }
    }

    private static DateTimeOffset Instant(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private sealed record Profile(string Id, JsonObject Body, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

    private sealed record Device(string RegistrationId, string? Platform, string? AppVersion, string? Os, DateTimeOffset? LastActive)
    {
        // The shape upsertDevice writes into ext.devices; lastActive as the API's DateTime text.
        public JsonObject ToJson()
        {
            var json = new JsonObject { ["registrationId"] = RegistrationId };
            Put(json, "platform", Platform);
            Put(json, "appVersion", AppVersion);
            Put(json, "os", Os);
            Put(json, "lastActive", LastActive?.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture));
            return json;
        }
    }
}
