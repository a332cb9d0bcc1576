using System.Text.Json;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Tests.Execution;

/// <summary>Builds small schemas and runs requests; expected JSON is written with single quotes for readability.</summary>
internal static class ExecutionHarness
{
    public static Schema Schema(string sdl, Action<SchemaBuilder>? configure = null)
    {
        var builder = SchemaBuilder.FromSdl(sdl);
        configure?.Invoke(builder);
        return builder.Build();
    }

    public static IRequestExecutor Executor(Schema schema, RequestExecutorOptions? options = null) =>
        RequestExecutor.Create(schema, options);

    public static async Task<ExecutionResult> ExecuteAsync(
        Schema schema,
        string query,
        string? variables = null,
        string? operationName = null,
        RequestOptions? options = null)
    {
        var executor = RequestExecutor.Create(schema);
        return await ExecuteAsync(executor, query, variables, operationName, options);
    }

    public static async Task<ExecutionResult> ExecuteAsync(
        IRequestExecutor executor,
        string query,
        string? variables = null,
        string? operationName = null,
        RequestOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        var request = new GraphQLRequest(query, operationName, variables is null ? null : Parse(variables));
        return await executor.ExecuteAsync(request, options, cancellationToken);
    }

    /// <summary>Runs the query and returns the response JSON.</summary>
    public static async Task<string> RunAsync(Schema schema, string query, string? variables = null, RequestOptions? options = null) =>
        (await ExecuteAsync(schema, query, variables, options: options)).ToJson();

    public static string Json(string singleQuoted) => singleQuoted.Replace('\'', '"');

    public static JsonElement Parse(string singleQuoted) =>
        JsonDocument.Parse(Json(singleQuoted)).RootElement.Clone();

    public static FieldResolver Value(object? value) => _ => new ValueTask<object?>(value);

    public static FieldResolver Fail(Exception exception) => _ => throw exception;

    public static FieldResolver Async(Func<IResolverContext, Task<object?>> resolve) =>
        context => new ValueTask<object?>(resolve(context));

    public static Dictionary<string, object?> Obj(params (string Key, object? Value)[] entries)
    {
        var result = new Dictionary<string, object?>();
        foreach (var (key, value) in entries)
        {
            result[key] = value;
        }

        return result;
    }
}
