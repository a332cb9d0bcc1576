using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Validation.Limits;

/// <summary>
/// Walks every field path of an operation with fragments expanded in place, telling a listener which
/// field definition each step selects. Work is capped so that documents which expand exponentially
/// stay cheap; past the cap the rest of the operation is not walked.
/// </summary>
internal sealed class FieldPathWalker(ValidationContext context, FieldPathWalker.IListener listener)
{
    private const int MaxVisits = 100_000;

    private readonly HashSet<string> _fragmentsOnPath = new(StringComparer.Ordinal);
    private int _visits;

    /// <summary>Receives the fields along the current path.</summary>
    public interface IListener
    {
        /// <summary>Called on entering a field; returning false stops the whole walk.</summary>
        bool Enter(FieldNode node, OutputField field);

        void Leave(FieldNode node, OutputField field);
    }

    public void Walk(OperationDefinitionNode operation)
    {
        if (context.Schema.GetRootType(operation.Operation) is { } root)
        {
            Walk(root, operation.SelectionSet);
        }
    }

    private bool Walk(INamedType parentType, SelectionSetNode selectionSet)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (++_visits > MaxVisits)
            {
                return false;
            }

            switch (selection)
            {
                case FieldNode field:
                    if (context.MetaFields.GetFieldDef(parentType, field.Name.Value) is not { } definition)
                    {
                        continue;
                    }

                    if (!listener.Enter(field, definition))
                    {
                        return false;
                    }

                    var keepGoing = field.SelectionSet is null
                        || definition.Type.NamedType() is not { } fieldType
                        || !fieldType.IsCompositeType()
                        || Walk(fieldType, field.SelectionSet);
                    listener.Leave(field, definition);
                    if (!keepGoing)
                    {
                        return false;
                    }

                    break;
                case InlineFragmentNode inline:
                    var inlineType = inline.TypeCondition is null ? parentType : context.Schema.GetType(inline.TypeCondition.Name.Value);
                    if (inlineType is not null && inlineType.IsCompositeType() && !Walk(inlineType, inline.SelectionSet))
                    {
                        return false;
                    }

                    break;
                case FragmentSpreadNode spread:
                    if (context.GetFragment(spread.Name.Value) is not { } fragment
                        || context.Schema.GetType(fragment.TypeCondition.Name.Value) is not { } fragmentType
                        || !fragmentType.IsCompositeType()
                        || !_fragmentsOnPath.Add(spread.Name.Value))
                    {
                        continue;
                    }

                    var ok = Walk(fragmentType, fragment.SelectionSet);
                    _fragmentsOnPath.Remove(spread.Name.Value);
                    if (!ok)
                    {
                        return false;
                    }

                    break;
            }
        }

        return true;
    }
}
