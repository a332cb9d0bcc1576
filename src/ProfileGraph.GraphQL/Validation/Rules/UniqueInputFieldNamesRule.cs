using ProfileGraph.GraphQL.Language;

namespace ProfileGraph.GraphQL.Validation.Rules;

// An input object literal must not give the same field twice.
// https://spec.graphql.org/October2021/#sec-Input-Object-Field-Uniqueness
internal sealed class UniqueInputFieldNamesRule : ValidationRule
{
    private Stack<List<NameNode>>? _known;

    public override void EnterValue(ValidationContext context, IValueNode node)
    {
        if (node is ObjectValueNode)
        {
            (_known ??= new Stack<List<NameNode>>()).Push([]);
        }
    }

    public override void LeaveValue(ValidationContext context, IValueNode node)
    {
        if (node is ObjectValueNode)
        {
            _known!.Pop();
        }
    }

    public override void EnterObjectField(ValidationContext context, ObjectFieldNode node)
    {
        var known = _known!.Peek();
        foreach (var name in known)
        {
            if (name.Value == node.Name.Value)
            {
                context.ReportError(ErrorHelper.DuplicateInputField(name, node.Name));
                return;
            }
        }

        known.Add(node.Name);
    }
}
