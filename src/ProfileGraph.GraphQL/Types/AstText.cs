using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Types;

/// <summary>Prints syntax nodes held through their interfaces.</summary>
internal static class AstText
{
    public static string Print(ISyntaxNode node) => Printer.Print((SyntaxNode)node);
}
