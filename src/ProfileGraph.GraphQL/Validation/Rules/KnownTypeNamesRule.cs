using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Validation.Rules;

// Every type named in a variable definition or type condition must exist in the schema.
// https://spec.graphql.org/October2021/#sec-Fragment-Spread-Type-Existence
internal sealed class KnownTypeNamesRule : ValidationRule
{
    public override void EnterNamedType(ValidationContext context, NamedTypeNode node)
    {
        if (context.Schema.GetType(node.Name.Value) is not null || IsDefinedInDocument(context.Document, node.Name.Value))
        {
            return;
        }

        var suggestions = Suggestions.Find(node.Name.Value, context.Schema.Types.Keys);
        context.ReportError(ErrorHelper.UnknownType(node, suggestions));
    }

    // As graphql-js: a type defined in the document itself counts as known (the document is rejected anyway).
    private static bool IsDefinedInDocument(DocumentNode document, string name)
    {
        var definitions = document.Definitions;
        for (var i = 0; i < definitions.Count; i++)
        {
            if (definitions[i] is ITypeDefinitionNode type && type.Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }
}
