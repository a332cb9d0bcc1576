using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Tests.Language;

public sealed class SyntaxWalkerTests
{
    private sealed class Recorder(Func<ISyntaxNode, bool>? enter = null) : SyntaxWalker
    {
        public List<string> Events { get; } = [];

        protected override bool Enter(ISyntaxNode node)
        {
            Events.Add("enter " + Describe(node));
            return enter?.Invoke(node) ?? true;
        }

        protected override void Leave(ISyntaxNode node) => Events.Add("leave " + Describe(node));

        private static string Describe(ISyntaxNode node) =>
            node is NameNode name ? $"Name {name.Value}" : node.Kind.ToString();
    }

    [Fact]
    public void Walks_children_in_source_order_entering_and_leaving_each_node()
    {
        var walker = new Recorder();
        walker.Visit(Parser.Parse("{ a(x: 1) }"));
        Assert.Equal(
            [
                "enter Document", "enter OperationDefinition", "enter SelectionSet", "enter Field", "enter Name a",
                "leave Name a", "enter Argument", "enter Name x", "leave Name x", "enter IntValue", "leave IntValue",
                "leave Argument", "leave Field", "leave SelectionSet", "leave OperationDefinition", "leave Document",
            ],
            walker.Events);
    }

    [Fact]
    public void Returning_false_from_enter_skips_the_subtree_and_its_leave()
    {
        var walker = new Recorder(node => node.Kind != SyntaxKind.Field);
        walker.Visit(Parser.Parse("{ a { b } }"));
        Assert.Equal(
            ["enter Document", "enter OperationDefinition", "enter SelectionSet", "enter Field", "leave SelectionSet", "leave OperationDefinition", "leave Document"],
            walker.Events);
    }

    [Fact]
    public void Reaches_every_node_of_the_kitchen_sinks()
    {
        foreach (var source in new[] { KitchenSink.Executable, KitchenSink.TypeSystem })
        {
            var walker = new Recorder();
            walker.Visit(Parser.Parse(source));
            var entered = walker.Events.Where(e => e.StartsWith("enter", StringComparison.Ordinal)).ToList();
            Assert.Equal(entered.Count, walker.Events.Count - entered.Count);
        }

        var kinds = new HashSet<string>();
        foreach (var source in new[] { KitchenSink.Executable, KitchenSink.TypeSystem })
        {
            var walker = new Recorder();
            walker.Visit(Parser.Parse(source));
            kinds.UnionWith(walker.Events.Select(e => e.StartsWith("enter Name ", StringComparison.Ordinal) ? "enter Name" : e));
        }

        Assert.All(Enum.GetNames<SyntaxKind>(), kind => Assert.Contains("enter " + kind, kinds));
    }
}
