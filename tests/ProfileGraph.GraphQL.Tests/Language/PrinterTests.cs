using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Tests.Language;

public sealed class PrinterTests
{
    private static string Reprint(string source) => Printer.Print(Parser.Parse(source));

    private static void AssertRoundTrip(string source)
    {
        var ast = Parser.Parse(source);
        var printed = Printer.Print(ast);
        var reparsed = Parser.Parse(printed);
        SyntaxAssert.Equivalent(ast, reparsed);
        Assert.Equal(printed, Printer.Print(reparsed));
    }

    [Fact]
    public void Executable_kitchen_sink_round_trips() => AssertRoundTrip(KitchenSink.Executable);

    [Fact]
    public void Type_system_kitchen_sink_round_trips() => AssertRoundTrip(KitchenSink.TypeSystem);

    [Fact]
    public void Type_system_kitchen_sink_prints_in_canonical_form() =>
        Assert.Equal(KitchenSink.TypeSystem.ReplaceLineEndings("\n"), Reprint(KitchenSink.TypeSystem));

    [Fact]
    public void Dump() => File.WriteAllText("/tmp/lang/exec.graphql", Reprint(KitchenSink.Executable));
}
