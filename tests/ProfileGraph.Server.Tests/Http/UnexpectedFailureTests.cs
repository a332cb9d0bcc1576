using Microsoft.Extensions.DependencyInjection;
using ProfileGraph.GraphQL.Execution;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.Server.Tests.Http;

public sealed class UnexpectedFailureTests
{
    [Fact]
    public async Task Executor_exception_becomes_a_graphql_error_not_a_500()
    {
        await using var server = await TestServer.StartAsync(
            services: s => s.AddSingleton<IRequestExecutor>(new ThrowingExecutor(TestSchema.Create())));

        var response = await server.PostQueryAsync("{ hello }");

        await response.AssertErrorAsync(400, "HC0012");
        Assert.DoesNotContain("boom inside", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private sealed class ThrowingExecutor(Schema schema) : IRequestExecutor
    {
        public Schema Schema { get; } = schema;

        public ValueTask<ExecutionResult> ExecuteAsync(GraphQLRequest request, RequestOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("boom inside");
    }
}
