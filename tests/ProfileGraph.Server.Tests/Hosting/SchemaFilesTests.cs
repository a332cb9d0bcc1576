using ProfileGraph.Server.Hosting;

namespace ProfileGraph.Server.Tests.Hosting;

public sealed class SchemaFilesTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pg-schema-").FullName;

    [Fact]
    public void Schema_is_built_from_every_graphql_file_of_the_folder()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, "schema")).FullName;
        File.WriteAllText(Path.Combine(folder, "a.graphql"), "type Query { a: B }");
        File.WriteAllText(Path.Combine(folder, "b.graphql"), "type B { b: String }");

        var schema = SchemaFiles.Build(folder);

        Assert.NotNull(schema.GetType("B"));
        Assert.True(schema.QueryType.Fields.ContainsKey("a"));
    }

    [Fact]
    public void Nearest_schema_folder_above_the_start_is_found()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, "schema")).FullName;
        File.WriteAllText(Path.Combine(folder, "a.graphql"), "type Query { a: String }");
        var start = Directory.CreateDirectory(Path.Combine(_root, "src", "Server")).FullName;

        Assert.Equal(folder, SchemaFiles.Locate(null, start));
    }

    [Fact]
    public void Missing_schema_is_a_clear_startup_error()
    {
        var start = Directory.CreateDirectory(Path.Combine(_root, "empty")).FullName;

        var error = Assert.Throws<InvalidOperationException>(() => SchemaFiles.Build(start));

        Assert.Contains("*.graphql", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
