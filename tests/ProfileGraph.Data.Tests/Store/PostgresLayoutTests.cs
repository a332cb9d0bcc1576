using System.Text.Json.Nodes;
using Npgsql;
using ProfileGraph.Data.Tests.Infrastructure;

namespace ProfileGraph.Data.Tests.Store;

/// <summary>
/// The PostgreSQL layout of <c>documents</c> (generated columns for indexed fields, fill factor) and the first-load
/// path of the bulk insert, each test in a database of its own so the table starts empty.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresLayoutTests(PostgresFixture postgres) : IAsyncLifetime
{
    private const string Project = "p";
    private readonly string _database = "layout_" + Guid.NewGuid().ToString("N")[..12];

    private string ConnectionString => new NpgsqlConnectionStringBuilder(postgres.ConnectionString) { Database = _database }.ConnectionString;

    public async Task InitializeAsync() => await AdminAsync($"CREATE DATABASE {_database}");

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await AdminAsync($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)");
    }

    [Fact]
    public async Task Indexed_fields_are_generated_columns_and_no_index_reads_the_body()
    {
        await using var store = await OpenAsync(TestSchema.Create());

        Assert.Equal(["f_age", "f_email", "f_firstname", "f_properties_viplevel", "f_rating", "f_tags", "f_verified"], (await ColumnsAsync()).Select(c => c[..^9]));
        Assert.Equal(0L, await ScalarAsync("SELECT count(*) FROM pg_index WHERE indrelid = 'documents'::regclass AND (indexprs IS NOT NULL OR indpred IS NOT NULL)"));
        Assert.Equal(7L, await ScalarAsync("SELECT count(*) FROM pg_indexes WHERE tablename = 'documents' AND indexname LIKE 'documents\\_f\\_%'"));
        Assert.Equal("{fillfactor=80}", await ScalarAsync("SELECT reloptions::text FROM pg_class WHERE oid = 'documents'::regclass"));
    }

    [Fact]
    public async Task A_compound_index_bounds_a_segment_count_and_goes_when_undeclared()
    {
        var schema = TestSchema.Create().AddCompoundIndex(["age", "createdAt"], include: ["email"]);
        await using (var store = await OpenAsync(schema))
        {
            await store.UpsertAsync(Project, "a", Json("""{"age":30,"email":"ann@x"}"""));
            await store.UpsertAsync(Project, "b", Json("""{"age":30,"email":"bob@x"}"""));
            Assert.Equal(1, await store.CountAsync(Project, Filter.And(Filter.Eq("age", 30), Filter.Gte("createdAt", DateTimeOffset.UtcNow.AddDays(-1)), Filter.Contains("email", "an"))));
        }

        var name = schema.CompoundIndexes[0].Name;
        var definition = Assert.Single(await IndexesAsync(), d => d.Contains(name, StringComparison.Ordinal));
        Assert.Matches(@"\(project, f_age_\w+ NULLS FIRST, created_at, id\) INCLUDE \(f_email_\w+\)", definition);

        await using (var store = await OpenAsync(schema))
        {
            await store.BulkInsertAsync(Project, Enumerable.Range(0, 3000).Select(i => new BulkDocument($"d{i:D4}", Json($$"""{"age":{{i % 50}},"email":"u{{i}}@x"}"""))));
        }

        await ScalarAsync("VACUUM ANALYZE documents");
        var age = (await ColumnsAsync()).Single(c => c.StartsWith("f_age_", StringComparison.Ordinal));
        var email = (await ColumnsAsync()).Single(c => c.StartsWith("f_email_", StringComparison.Ordinal));
        // Every row is from today, so a segment of tomorrow is empty: the compound index bounds it, the age index cannot.
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync();
            await using (var off = new NpgsqlCommand("SET enable_seqscan = off; SET enable_bitmapscan = off", connection))
            {
                await off.ExecuteNonQueryAsync();
            }

            await using var explain = new NpgsqlCommand(
                $"EXPLAIN SELECT count(*) FROM documents WHERE project = 'p' AND {age} = 30 AND created_at >= now() + interval '1 day' AND strpos({email}, 'an') > 0",
                connection);
            await using var reader = await explain.ExecuteReaderAsync();
            var plan = new List<string>();
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(0));
            }

            Assert.Contains(plan, line => line.Contains($"using {name}", StringComparison.Ordinal));
        }

        await (await OpenAsync(TestSchema.Create())).DisposeAsync();
        Assert.DoesNotContain(await IndexesAsync(), d => d.Contains(name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_changed_declaration_gets_a_new_column_and_the_old_one_is_dropped()
    {
        await (await OpenAsync(TestSchema.Create())).DisposeAsync();
        var ageBefore = (await ColumnsAsync()).Single(c => c.StartsWith("f_age_", StringComparison.Ordinal));

        var changed = new DocumentSchema().Add("age", FieldType.Float, indexed: true).Add("email", FieldType.String);
        await using var store = await OpenAsync(changed);
        await store.UpsertAsync(Project, "a", Json("""{"age":1.5,"email":"x"}"""));

        var columns = await ColumnsAsync();
        Assert.Single(columns);
        Assert.NotEqual(ageBefore, columns[0]);
        Assert.Equal(1, await store.CountAsync(Project, Filter.Gt("age", 1.2)));
    }

    [Fact]
    public async Task An_update_that_leaves_indexed_values_alone_is_HOT()
    {
        await using var store = await OpenAsync(TestSchema.Create());
        await store.UpsertAsync(Project, "a", Json("""{"age":30,"lastName":"Old","tags":["x"]}"""));

        Assert.Equal(1L, await HotUpdatesAsync("""UPDATE documents SET doc = jsonb_set(doc, '{lastName}', '"New"')"""));

        // What every write of the store also sets: none of it is indexed.
        Assert.Equal(1L, await HotUpdatesAsync("""
            UPDATE documents SET doc = jsonb_set(doc, '{lastName}', '"Newer"'), version = version + 1, updated_at = now(), props_bytes = props_bytes + 1
            """));
        Assert.Equal(0L, await HotUpdatesAsync("""UPDATE documents SET doc = jsonb_set(doc, '{age}', '31')"""));
        Assert.Equal(0L, await HotUpdatesAsync("""UPDATE documents SET doc = jsonb_set(doc, '{tags}', '["y"]')"""));
    }

    [Fact]
    public async Task A_first_load_that_fails_leaves_the_table_empty_with_its_indexes()
    {
        await using var store = await OpenAsync(TestSchema.Create());
        var indexes = await IndexesAsync();
        var documents = Enumerable.Range(0, 2000).Select(i => new BulkDocument($"d{i:D4}", Json($$"""{"age":{{i % 50}},"tags":["t{{i % 4}}"]}""")));

        await Assert.ThrowsAsync<StoreException>(() => store.BulkInsertAsync(Project, documents.Append(new BulkDocument("d0001", Json("{}")))));
        Assert.Equal(indexes, await IndexesAsync());
        Assert.Equal(0, await store.CountAsync(Project));

        Assert.Equal(2000, await store.BulkInsertAsync(Project, documents));
        Assert.Equal(indexes, await IndexesAsync());
        Assert.Equal(40, await store.CountAsync(Project, Filter.Eq("age", 7)));
        Assert.Equal(500, await store.CountAsync(Project, Filter.Some("tags", Filter.Eq("", "t3"))));
        Assert.Equal(2000L, await ScalarAsync("SELECT reltuples::bigint FROM pg_class WHERE oid = 'documents'::regclass"));
    }

    [Fact]
    public async Task A_first_load_that_is_cancelled_leaves_the_table_empty_with_its_indexes()
    {
        await using var store = await OpenAsync(TestSchema.Create());
        var indexes = await IndexesAsync();
        using var cancel = new CancellationTokenSource();
        var documents = Enumerable.Range(0, 5000).Select(i =>
        {
            if (i == 4000)
            {
                cancel.Cancel();
            }

            return new BulkDocument($"d{i:D4}", Json($$"""{"age":{{i % 50}}}"""));
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.BulkInsertAsync(Project, documents, cancel.Token));

        Assert.Equal(indexes, await IndexesAsync());
        Assert.Equal(0, await store.CountAsync(Project));
        Assert.Equal(2000, await store.BulkInsertAsync(Project, documents.Take(2000)));
        Assert.Equal(indexes, await IndexesAsync());
    }

    [Fact]
    public async Task A_first_load_whose_connection_is_lost_leaves_the_table_empty_with_its_indexes()
    {
        await using var store = await OpenAsync(TestSchema.Create());
        var indexes = await IndexesAsync();
        var lost = 0;
        // Every attempt (a lost connection is transient, so the load is retried) loses its connection mid-COPY.
        var documents = Enumerable.Range(0, 5000).Select(i =>
        {
            if (i == 4000)
            {
                lost += (int)(long)ScalarAsync("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'COPY documents%'").GetAwaiter().GetResult()!;
            }

            return new BulkDocument($"d{i:D4}", Json($$"""{"age":{{i % 50}}}"""));
        });

        await Assert.ThrowsAsync<StoreException>(() => store.BulkInsertAsync(Project, documents));

        Assert.True(lost > 0);
        Assert.Equal(indexes, await IndexesAsync());
        Assert.Equal(0, await store.CountAsync(Project));
        Assert.Equal(0, await store.GetPropertyBytesAsync(Project));
        Assert.Equal(1000, await store.BulkInsertAsync(Project, documents.Take(1000)));
        Assert.Equal(20, await store.CountAsync(Project, Filter.Eq("age", 7)));
    }

    [Fact]
    public async Task Store_sessions_use_generic_plans_unless_the_caller_chose()
    {
        Assert.Equal("force_generic_plan", await PlanCacheModeAsync(ProfileGraph.Data.Postgres.PostgresDocumentStore.Tuned(ConnectionString)));

        var chosen = new NpgsqlConnectionStringBuilder(ConnectionString) { Options = "-c plan_cache_mode=auto -c work_mem=8MB" }.ConnectionString;
        Assert.Equal("auto", await PlanCacheModeAsync(ProfileGraph.Data.Postgres.PostgresDocumentStore.Tuned(chosen)));

        var other = new NpgsqlConnectionStringBuilder(ConnectionString) { Options = "-c work_mem=8MB" }.ConnectionString;
        var tuned = ProfileGraph.Data.Postgres.PostgresDocumentStore.Tuned(other);
        Assert.Equal("force_generic_plan", await PlanCacheModeAsync(tuned));
        Assert.Contains("work_mem=8MB", new NpgsqlConnectionStringBuilder(tuned).Options, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_go_through_a_multiplexed_pool_unless_the_caller_set_multiplexing()
    {
        var tuned = ProfileGraph.Data.Postgres.PostgresDocumentStore.Tuned(ConnectionString);
        var reads = ProfileGraph.Data.Postgres.PostgresDocumentStore.ReadPool(ConnectionString, tuned);
        Assert.NotNull(reads);
        Assert.True(new NpgsqlConnectionStringBuilder(reads).Multiplexing);
        Assert.False(new NpgsqlConnectionStringBuilder(tuned).Multiplexing);

        foreach (var chosen in new[] { true, false })
        {
            var given = new NpgsqlConnectionStringBuilder(ConnectionString) { Multiplexing = chosen }.ConnectionString;
            Assert.Null(ProfileGraph.Data.Postgres.PostgresDocumentStore.ReadPool(given, ProfileGraph.Data.Postgres.PostgresDocumentStore.Tuned(given)));
        }
    }

    [Fact]
    public async Task A_read_on_the_read_pool_sees_every_write_acknowledged_before_it()
    {
        await using var store = await OpenAsync(TestSchema.Create());
        var ids = Enumerable.Range(0, 8).Select(i => $"r{i}").ToArray();
        foreach (var id in ids)
        {
            await store.UpsertAsync(Project, id, Json("""{"age":0}"""));
        }

        // Each worker increments its own profile and reads it back at once, alone and among the others' ids.
        await Task.WhenAll(ids.Select(id => Task.Run(async () =>
        {
            for (var n = 1; n <= 40; n++)
            {
                var written = await store.TryIncrementAsync(Project, id, [new IncrementTarget("age", 1)], new IncrementLimits());
                Assert.Equal(n + 1, written!.Version);
                var alone = Assert.Single(await store.GetByIdsAsync(Project, [id], ["age"]));
                Assert.Equal(n, (long)alone!.Body["age"]!);
                var among = await store.GetByIdsAsync(Project, ids, ["age"]);
                Assert.True(among[Array.IndexOf(ids, id)]!.Version >= n + 1);
            }
        })));
    }

    private static async Task<string> PlanCacheModeAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SHOW plan_cache_mode", connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private Task<IDocumentStore> OpenAsync(DocumentSchema schema) =>
        DocumentStoreFactory.OpenAsync(new StoreOptions { Kind = StoreKind.Postgres, ConnectionString = ConnectionString }, schema);

    private static JsonObject Json(string json) => JsonNode.Parse(json)!.AsObject();

    private async Task<List<string>> ColumnsAsync() =>
        await ListAsync("SELECT attname FROM pg_attribute WHERE attrelid = 'documents'::regclass AND attnum > 0 AND NOT attisdropped AND attname LIKE 'f\\_%' ORDER BY 1");

    private async Task<List<string>> IndexesAsync() =>
        await ListAsync("SELECT indexdef FROM pg_indexes WHERE tablename = 'documents' ORDER BY indexname");

    /// <summary>How many of the rows an UPDATE changed it wrote as heap-only tuples (counted inside its transaction).</summary>
    private async Task<long> HotUpdatesAsync(string update)
    {
        // The backend's counters may still hold earlier transactions' counts (flushed later), so take the difference.
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var hot = new NpgsqlCommand("SELECT pg_stat_get_xact_tuples_hot_updated('documents'::regclass)", connection, transaction);
        var before = (long)(await hot.ExecuteScalarAsync())!;
        await using (var command = new NpgsqlCommand(update, connection, transaction))
        {
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        var after = (long)(await hot.ExecuteScalarAsync())!;
        await transaction.CommitAsync();
        return after - before;
    }

    private async Task<List<string>> ListAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var result = new List<string>();
        while (await reader.ReadAsync())
        {
            result.Add(reader.GetString(0));
        }

        return result;
    }

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    private async Task AdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(postgres.ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
