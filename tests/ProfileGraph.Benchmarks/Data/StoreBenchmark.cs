using System.Diagnostics;
using System.Globalization;
using ProfileGraph.Data;
using ProfileGraph.Data.Tests.Infrastructure;

namespace ProfileGraph.Benchmarks.Data;

/// <summary>
/// The document-store benchmark: loads N generated profiles into each store, then times lookups, pages,
/// deep keyset pages, counts and increments, one call at a time. Run:
/// <c>dotnet run -c Release --project tests/ProfileGraph.Benchmarks -- data [--count 1000000] [--store sqlite|postgres|both] [--lookup-only | --load-only]</c>.
/// PostgreSQL is a throwaway cluster unless PROFILEGRAPH_TEST_POSTGRES is set; pgbench gives the bare-SQL baseline.
/// </summary>
internal static class StoreBenchmark
{
    private const string Project = "bench";

    public static async Task<int> RunAsync(string[] args)
    {
        var count = int.Parse(Option(args, "--count") ?? "1000000", CultureInfo.InvariantCulture);
        LookupOnly = args.Contains("--lookup-only");
        LoadOnly = args.Contains("--load-only");
        KeysetOnly = args.Contains("--keyset-only");
        Reuse = args.Contains("--reuse");
        var stores = (Option(args, "--store") ?? "both") switch { "both" => new[] { "sqlite", "postgres" }, var s => [s] };
        Console.WriteLine($"profiles: {count:N0}, cores: {Environment.ProcessorCount}");
        if (args.Contains("--client-only"))
        {
            // Client-side cost of a load: generate, validate, serialize; no database.
            var schema = ProfileGenerator.Schema();
            var watch = Stopwatch.StartNew();
            foreach (var (_, body) in ProfileGenerator.Generate(0, count))
            {
                GC.KeepAlive(body);
            }

            Console.WriteLine($"generate only: {count / watch.Elapsed.TotalSeconds:F0} profiles/s");
            watch.Restart();
            foreach (var (_, body) in ProfileGenerator.Generate(0, count))
            {
                GC.KeepAlive(ProfileGraph.Data.Updates.BodyValidator.Normalize(schema, body));
            }

            Console.WriteLine($"generate + validate: {count / watch.Elapsed.TotalSeconds:F0} profiles/s");
            watch.Restart();
            long bytes = 0;
            foreach (var (_, body) in ProfileGenerator.Generate(0, count))
            {
                bytes += ProfileGraph.Data.Updates.BodyValidator.Normalize(schema, body).ToJsonString().Length;
            }

            Console.WriteLine($"client only: {count / watch.Elapsed.TotalSeconds:F0} profiles/s, {bytes / count} bytes each");
            return 0;
        }

        Console.WriteLine("| store | operation | n | mean µs | p50 µs | p99 µs | ops/s |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var store in stores)
        {
            if (store == "sqlite")
            {
                var dir = Path.Combine(Path.GetTempPath(), "pg-bench-" + Guid.NewGuid().ToString("N")[..8]);
                try
                {
                    await RunStoreAsync(new StoreOptions { Kind = StoreKind.Sqlite, ConnectionString = $"Data Source={dir}/bench.db" }, count, null);
                }
                finally
                {
                    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                    Directory.Delete(dir, recursive: true);
                }
            }
            else
            {
                var configured = Environment.GetEnvironmentVariable("PROFILEGRAPH_TEST_POSTGRES");
                using var cluster = configured is null ? PostgresCluster.Start() : null;
                await RunStoreAsync(new StoreOptions { Kind = StoreKind.Postgres, ConnectionString = configured ?? cluster!.ConnectionString }, count, cluster);
            }
        }

        return 0;
    }

    private static async Task RunStoreAsync(StoreOptions options, int count, PostgresCluster? cluster)
    {
        var name = options.Kind.ToString().ToLowerInvariant();
        await using var store = await DocumentStoreFactory.OpenAsync(options, ProfileGenerator.Schema());

        if (Reuse && await store.CountAsync(Project) == count)
        {
            Console.WriteLine($"| {name} | bulk load | skipped: the store already holds {count} profiles | | | | |");
        }
        else
        {
            // One call: the generator is lazy and the store streams it, so memory stays flat at any count.
            var load = Stopwatch.StartNew();
            await store.BulkInsertAsync(Project, ProfileGenerator.Generate(0, count));
            load.Stop();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | bulk load | {count} | | | | {count / load.Elapsed.TotalSeconds:F0} profiles/s |"));
        }

        if (options.Kind == StoreKind.Postgres)
        {
            await using var connection = new Npgsql.NpgsqlConnection(options.ConnectionString);
            await connection.OpenAsync();
            await using var analyze = new Npgsql.NpgsqlCommand("VACUUM ANALYZE documents", connection) { CommandTimeout = 600 };
            await analyze.ExecuteNonQueryAsync();

            // The load leaves a gigabyte or more of dirty pages; flushed now, their writing does not overlap the
            // first measurements.
            await using var checkpoint = new Npgsql.NpgsqlCommand("CHECKPOINT", connection) { CommandTimeout = 600 };
            await checkpoint.ExecuteNonQueryAsync();
        }

        if (LoadOnly)
        {
            return;
        }

        var random = new Random(7);
        int Next() => random.Next(count);
        if (KeysetOnly)
        {
            await KeysetBreakdownAsync(store, options, name);
            return;
        }

        if (LookupOnly)
        {
            await LookupBreakdownAsync(store, options, name, count, cluster);
            return;
        }

        // The bare statement right before the store's lookups as well as at the end: its 10 s of random lookups
        // also warm the cache the store's lookups then read, so the two compare on the same cache.
        if (cluster is not null)
        {
            Console.WriteLine($"pgbench (bare SQL lookup by id, 1 client, prepared), before the lookups: {cluster.PgBenchLookup(count)}");
        }

        await Measurement.RunAsync(name, "lookup by id", 3000, async _ => await store.GetByIdsAsync(Project, [ProfileGenerator.Id(Next())]));
        await Measurement.RunAsync(name, "lookup 100 ids", 300, async _ => await store.GetByIdsAsync(Project, Enumerable.Range(0, 100).Select(_ => ProfileGenerator.Id(Next())).ToList()));
        await Measurement.RunAsync(name, "page of 20, indexed filter+sort (age>=k order age)", 300, async i =>
            await store.QueryAsync(Project, new QueryModel { Where = Filter.Gte("age", 18 + (i % 70)), Order = [SortField.Asc("age")], Take = 20 }));
        await Measurement.RunAsync(name, "page of 20, indexed filter (vipLevel=k) + sort id", 300, async i =>
            await store.QueryAsync(Project, new QueryModel { Where = Filter.Eq("properties.vipLevel", i % 6), Take = 20 }));
        await Measurement.RunAsync(name, "page of 20, unindexed filter+sort (lastName, score)", 10, async i =>
            await store.QueryAsync(Project, new QueryModel { Where = Filter.Eq("lastName", "Last" + (i % 1000)), Order = [SortField.Desc("score")], Take = 20 }));
        await Measurement.RunAsync(name, "page of 20, some tags eq", 100, async i =>
            await store.QueryAsync(Project, new QueryModel { Where = Filter.Some("tags", Filter.Eq("", "tag" + (i % 20))), Take = 20 }));

        var order = new[] { SortField.Asc("age") };
        var page1 = await store.QueryAsync(Project, new QueryModel { Order = order, Take = 20 });
        var deep = await store.QueryAsync(Project, new QueryModel { Order = order, Take = 20, Skip = 20 * 9_999 - 20 });
        var pages = await Measurement.RunInTurnAsync(name, KeysetPages(store, order, page1, deep), 2000);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | keyset page 10,000 / page 1 | | {pages[2].MeanUs / pages[0].MeanUs:F2}× | {pages[2].P50Us / pages[0].P50Us:F2}× | | |"));
        await Measurement.RunAsync(name, "offset page 10,000 (skip 199,980)", 10, async _ => await store.QueryAsync(Project, new QueryModel { Order = order, Take = 20, Skip = 199_980 }));
        await Measurement.RunAsync(name, "count all", 10, async _ => await store.CountAsync(Project));
        await Measurement.RunAsync(name, "count age>=60 (indexed)", 10, async _ => await store.CountAsync(Project, Filter.Gte("age", 60)));
        await Measurement.RunAsync(name, "increment (random profile)", 2000, async _ =>
            await store.UpdateAsync(Project, ProfileGenerator.Id(Next()), new UpdateOperations().Increment("properties.visits", 1L)));

        if (cluster is not null)
        {
            Console.WriteLine($"pgbench (bare SQL lookup by id, 1 client, prepared), at the end: {cluster.PgBenchLookup(count)}");
        }
    }

    private static bool LookupOnly { get; set; }

    private static bool LoadOnly { get; set; }

    private static bool KeysetOnly { get; set; }

    private static bool Reuse { get; set; }

    /// <summary>
    /// Keyset pages side by side: page 1, page 2 and page 10,000 through the store, taken in turn so drift in the
    /// machine hits every one alike; then, in turn among themselves, page 1 and page 10,000 as the same statements
    /// over bare Npgsql (and page 10,000 without the plain bound on its first key), which split the store's own
    /// cost from the database's.
    /// </summary>
    private static async Task KeysetBreakdownAsync(IDocumentStore store, StoreOptions options, string name)
    {
        var order = new[] { SortField.Asc("age") };
        var page1 = await store.QueryAsync(Project, new QueryModel { Order = order, Take = 20 });
        var deep = await store.QueryAsync(Project, new QueryModel { Order = order, Take = 20, Skip = 20 * 9_999 - 20 });
        var calls = KeysetPages(store, order, page1, deep);
        var bare = new List<(string Operation, Func<Task> Call)>();

        await using var source = options.Kind == StoreKind.Postgres
            ? Npgsql.NpgsqlDataSource.Create(options.ConnectionString + ";Max Auto Prepare=64;No Reset On Close=true;Options=-c plan_cache_mode=force_generic_plan")
            : null;
        if (source is not null)
        {
            var deepRow = deep.Items[^1];
            var deepAge = decimal.Parse(deepRow.Body["age"]!.ToString(), CultureInfo.InvariantCulture);
            var column = ProfileGraph.Data.Sql.Dialects.PostgresLayout.ColumnOf(ProfileGenerator.Schema().Get("age"))!;
            var select = $"SELECT id, version, created_at, updated_at, doc, {column}, id FROM documents WHERE ";
            foreach (var (label, sql, args) in new (string, string, object[])[]
            {
                ("bare Npgsql, page 1", select + $"project = @p0 ORDER BY {column} NULLS FIRST, id LIMIT @p1", [Project, 21L]),
                ("bare Npgsql, page 10,000", select + $"project = @p0 AND {column} >= @p3 AND ({column}, id) > (@p1, @p2) ORDER BY {column} NULLS FIRST, id LIMIT @p4", [Project, deepAge, deepRow.Id, deepAge, 21L]),
                ("bare Npgsql, page 10,000, row bound only", select + $"project = @p0 AND ({column}, id) > (@p1, @p2) ORDER BY {column} NULLS FIRST, id LIMIT @p3", [Project, deepAge, deepRow.Id, 21L]),
            })
            {
                bare.Add((label, async () =>
                {
                    await using var connection = await source.OpenConnectionAsync();
                    await using var command = new Npgsql.NpgsqlCommand(sql, connection);
                    for (var a = 0; a < args.Length; a++)
                    {
                        command.Parameters.AddWithValue("p" + a.ToString(CultureInfo.InvariantCulture), args[a]);
                    }

                    await using var reader = await command.ExecuteReaderAsync();
                    while (await reader.ReadAsync())
                    {
                        GC.KeepAlive(reader.GetString(4));
                    }
                }));
            }
        }

        for (var round = 1; round <= 3; round++)
        {
            Console.WriteLine($"round {round}");
            await Measurement.RunInTurnAsync(name, calls, 1000);
            if (bare.Count > 0)
            {
                await Measurement.RunInTurnAsync(name, bare, 1000);
            }
        }
    }

    /// <summary>Page 1 (no cursor), page 2 and page 10,000 by cursor, in the benchmark's age order, as calls to take in turn.</summary>
    private static List<(string Operation, Func<Task> Call)> KeysetPages(IDocumentStore store, SortField[] order, DocumentPage page1, DocumentPage deep) =>
    [
        ("keyset page 1 (order age)", async () => await store.QueryAsync(Project, new QueryModel { Order = order, Take = 20 })),
        ("keyset page 2 by cursor", async () => await store.QueryAsync(Project, new QueryModel { Order = order, Take = 20, After = page1.EndCursor })),
        ("keyset page 10,000 by cursor", async () => await store.QueryAsync(Project, new QueryModel { Order = order, Take = 20, After = deep.EndCursor })),
    ];

    /// <summary>
    /// Where the time of one lookup by id goes: the store, then the same statement over bare Npgsql with the
    /// store's data source settings, with and without connection reset, with and without parsing the body.
    /// </summary>
    private static async Task LookupBreakdownAsync(IDocumentStore store, StoreOptions options, string name, int count, PostgresCluster? cluster)
    {
        var random = new Random(11);
        int Next() => random.Next(count);
        const string Sql = "SELECT id, version, created_at, updated_at, doc FROM documents WHERE project = @p0 AND id = @p1";
        for (var round = 1; round <= 3; round++)
        {
            await Measurement.RunAsync(name, $"store lookup by id (round {round})", 3000, async _ => await store.GetByIdsAsync(Project, [ProfileGenerator.Id(Next())]));
            if (options.Kind != StoreKind.Postgres)
            {
                continue;
            }

            foreach (var (label, settings, parse) in new[]
            {
                ("bare Npgsql, reset on close", "Max Auto Prepare=64", false),
                ("bare Npgsql, no reset on close", "Max Auto Prepare=64;No Reset On Close=true", false),
                ("bare Npgsql, no reset, JSON parsed", "Max Auto Prepare=64;No Reset On Close=true", true),
            })
            {
                await using var source = Npgsql.NpgsqlDataSource.Create(options.ConnectionString + ";" + settings);
                await Measurement.RunAsync(name, $"{label} (round {round})", 3000, async _ =>
                {
                    await using var connection = await source.OpenConnectionAsync();
                    await using var command = new Npgsql.NpgsqlCommand(Sql, connection);
                    command.Parameters.Add(new Npgsql.NpgsqlParameter("p0", NpgsqlTypes.NpgsqlDbType.Text) { Value = Project });
                    command.Parameters.Add(new Npgsql.NpgsqlParameter("p1", NpgsqlTypes.NpgsqlDbType.Text) { Value = ProfileGenerator.Id(Next()) });
                    await using var reader = await command.ExecuteReaderAsync();
                    while (await reader.ReadAsync())
                    {
                        var doc = reader.GetString(4);
                        if (parse)
                        {
                            GC.KeepAlive(System.Text.Json.Nodes.JsonNode.Parse(doc));
                        }
                    }
                });
            }
        }

        if (cluster is not null)
        {
            Console.WriteLine($"pgbench (bare SQL lookup by id, 1 client, prepared): {cluster.PgBenchLookup(count)}");
        }
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
