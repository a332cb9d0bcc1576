namespace ProfileGraph.GraphQL.Language;

/// <summary>Base of every GraphQL AST node (graphql-js <c>ASTNode</c>).</summary>
public abstract class SyntaxNode : ISyntaxNode
{
    /// <summary>Sets the source location, or null when the parser was told to skip locations.</summary>
    protected SyntaxNode(Location? location) => Location = location;

    /// <summary>Which node this is.</summary>
    public abstract SyntaxKind Kind { get; }

    /// <summary>Where the node appears in the source, or null for nodes built in code.</summary>
    public Location? Location { get; }

    /// <summary>The node printed as GraphQL (see <see cref="Printer"/>).</summary>
    public override string ToString() => Printer.Print(this);
}
