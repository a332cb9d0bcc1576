namespace ProfileGraph.GraphQL.Language;

/// <summary>
/// Walks a syntax tree depth first in source order (graphql-js <c>visit</c> without edits): <see cref="Enter"/>
/// before a node's children, <see cref="Leave"/> after them. Returning false from <see cref="Enter"/> skips the
/// node's children and its <see cref="Leave"/>.
/// </summary>
public abstract class SyntaxWalker
{
    /// <summary>Walks <paramref name="node"/> and everything below it; null is ignored.</summary>
    public void Visit(ISyntaxNode? node)
    {
        if (node is null || !Enter(node))
        {
            return;
        }

        VisitChildren(node);
        Leave(node);
    }

    /// <summary>Called before the children of <paramref name="node"/>; return false to skip them.</summary>
    protected virtual bool Enter(ISyntaxNode node) => true;

    /// <summary>Called after the children of <paramref name="node"/>.</summary>
    protected virtual void Leave(ISyntaxNode node)
    {
    }

    private void VisitAll<T>(IReadOnlyList<T> nodes)
        where T : ISyntaxNode
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            Visit(nodes[i]);
        }
    }

    private void VisitChildren(ISyntaxNode node)
    {
        switch (node)
        {
            case DocumentNode n: VisitAll(n.Definitions); break;
            case OperationDefinitionNode n:
                Visit(n.Name); VisitAll(n.VariableDefinitions); VisitAll(n.Directives); Visit(n.SelectionSet);
                break;
            case VariableDefinitionNode n:
                Visit(n.Variable); Visit(n.Type); Visit(n.DefaultValue); VisitAll(n.Directives);
                break;
            case SelectionSetNode n: VisitAll(n.Selections); break;
            case FieldNode n:
                Visit(n.Alias); Visit(n.Name); VisitAll(n.Arguments); VisitAll(n.Directives); Visit(n.SelectionSet);
                break;
            case ArgumentNode n: Visit(n.Name); Visit(n.Value); break;
            case FragmentSpreadNode n: Visit(n.Name); VisitAll(n.Directives); break;
            case InlineFragmentNode n: Visit(n.TypeCondition); VisitAll(n.Directives); Visit(n.SelectionSet); break;
            case FragmentDefinitionNode n:
                Visit(n.Name); Visit(n.TypeCondition); VisitAll(n.Directives); Visit(n.SelectionSet);
                break;
            case VariableNode n: Visit(n.Name); break;
            case ListValueNode n: VisitAll(n.Values); break;
            case ObjectValueNode n: VisitAll(n.Fields); break;
            case ObjectFieldNode n: Visit(n.Name); Visit(n.Value); break;
            case DirectiveNode n: Visit(n.Name); VisitAll(n.Arguments); break;
            case NamedTypeNode n: Visit(n.Name); break;
            case ListTypeNode n: Visit(n.Type); break;
            case NonNullTypeNode n: Visit(n.Type); break;
            default: VisitTypeSystemChildren(node); break;
        }
    }

    private void VisitTypeSystemChildren(ISyntaxNode node)
    {
        switch (node)
        {
            case SchemaDefinitionNode n: Visit(n.Description); VisitAll(n.Directives); VisitAll(n.OperationTypes); break;
            case OperationTypeDefinitionNode n: Visit(n.Type); break;
            case ScalarTypeDefinitionNode n: Visit(n.Description); Visit(n.Name); VisitAll(n.Directives); break;
            case ObjectTypeDefinitionNode n:
                Visit(n.Description); Visit(n.Name); VisitAll(n.Interfaces); VisitAll(n.Directives); VisitAll(n.Fields);
                break;
            case FieldDefinitionNode n:
                Visit(n.Description); Visit(n.Name); VisitAll(n.Arguments); Visit(n.Type); VisitAll(n.Directives);
                break;
            case InputValueDefinitionNode n:
                Visit(n.Description); Visit(n.Name); Visit(n.Type); Visit(n.DefaultValue); VisitAll(n.Directives);
                break;
            case InterfaceTypeDefinitionNode n:
                Visit(n.Description); Visit(n.Name); VisitAll(n.Interfaces); VisitAll(n.Directives); VisitAll(n.Fields);
                break;
            case UnionTypeDefinitionNode n:
                Visit(n.Description); Visit(n.Name); VisitAll(n.Directives); VisitAll(n.Types);
                break;
            case EnumTypeDefinitionNode n:
                Visit(n.Description); Visit(n.Name); VisitAll(n.Directives); VisitAll(n.Values);
                break;
            case EnumValueDefinitionNode n: Visit(n.Description); Visit(n.Name); VisitAll(n.Directives); break;
            case InputObjectTypeDefinitionNode n:
                Visit(n.Description); Visit(n.Name); VisitAll(n.Directives); VisitAll(n.Fields);
                break;
            case DirectiveDefinitionNode n:
                Visit(n.Description); Visit(n.Name); VisitAll(n.Arguments); VisitAll(n.Locations);
                break;
            default: VisitExtensionChildren(node); break;
        }
    }

    private void VisitExtensionChildren(ISyntaxNode node)
    {
        switch (node)
        {
            case SchemaExtensionNode n: VisitAll(n.Directives); VisitAll(n.OperationTypes); break;
            case ScalarTypeExtensionNode n: Visit(n.Name); VisitAll(n.Directives); break;
            case ObjectTypeExtensionNode n:
                Visit(n.Name); VisitAll(n.Interfaces); VisitAll(n.Directives); VisitAll(n.Fields);
                break;
            case InterfaceTypeExtensionNode n:
                Visit(n.Name); VisitAll(n.Interfaces); VisitAll(n.Directives); VisitAll(n.Fields);
                break;
            case UnionTypeExtensionNode n: Visit(n.Name); VisitAll(n.Directives); VisitAll(n.Types); break;
            case EnumTypeExtensionNode n: Visit(n.Name); VisitAll(n.Directives); VisitAll(n.Values); break;
            case InputObjectTypeExtensionNode n: Visit(n.Name); VisitAll(n.Directives); VisitAll(n.Fields); break;

            // Names and scalar values have no children.
        }
    }
}
