using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;

namespace ProfileGraph.GraphQL.Validation;

/// <summary>
/// One use of a variable inside an operation or fragment, with the input type expected where it appears
/// (spec §5.8.5 "All Variable Usages Are Allowed").
/// </summary>
/// <param name="Node">The variable reference.</param>
/// <param name="Type">The expected input type at this position, or null when unknown.</param>
/// <param name="DefaultValue">The default of the argument or input field at this position, if any.</param>
/// <param name="ParentType">The input type enclosing the position (e.g. the input object of a field).</param>
internal readonly record struct VariableUsage(VariableNode Node, IType? Type, IValueNode? DefaultValue, IType? ParentType);
