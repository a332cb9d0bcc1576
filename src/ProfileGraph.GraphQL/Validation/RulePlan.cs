using System.Reflection;

namespace ProfileGraph.GraphQL.Validation;

/// <summary>
/// For one ordered list of rules, which rules (by index) subscribe to each hook of <see cref="ValidationRule"/>.
/// Built once per validator, so a validation run dispatches each node only to its subscribers.
/// </summary>
internal sealed class RulePlan
{
    public RulePlan(IReadOnlyList<Func<ValidationRule>> factories)
    {
        Factories = [.. factories];
        var byHook = new List<int>[HookCount];
        for (var h = 0; h < HookCount; h++)
        {
            byHook[h] = [];
        }

        for (var i = 0; i < Factories.Length; i++)
        {
            var type = Factories[i]().GetType();
            for (var h = 0; h < HookCount; h++)
            {
                var method = type.GetMethod(HookNames[h], BindingFlags.Public | BindingFlags.Instance);
                if (method is not null && method.DeclaringType != typeof(ValidationRule))
                {
                    byHook[h].Add(i);
                }
            }
        }

        Subscribers = new int[HookCount][];
        for (var h = 0; h < HookCount; h++)
        {
            Subscribers[h] = [.. byHook[h]];
        }
    }

    private static readonly string[] HookNames = Enum.GetNames<RuleHook>();

    private static int HookCount => HookNames.Length;

    public Func<ValidationRule>[] Factories { get; }

    /// <summary>Rule indexes per <see cref="RuleHook"/>.</summary>
    public int[][] Subscribers { get; }

    public ValidationRule[] CreateRules()
    {
        var rules = new ValidationRule[Factories.Length];
        for (var i = 0; i < rules.Length; i++)
        {
            rules[i] = Factories[i]();
        }

        return rules;
    }
}

/// <summary>The hooks of <see cref="ValidationRule"/>; each name equals its method name.</summary>
internal enum RuleHook
{
    EnterDocument,
    LeaveDocument,
    EnterOperation,
    LeaveOperation,
    EnterVariableDefinition,
    EnterFragmentDefinition,
    LeaveFragmentDefinition,
    EnterSelectionSet,
    LeaveSelectionSet,
    EnterField,
    LeaveField,
    EnterFragmentSpread,
    EnterInlineFragment,
    LeaveInlineFragment,
    EnterArgument,
    EnterDirective,
    LeaveDirective,
    EnterValue,
    LeaveValue,
    EnterObjectField,
    EnterNamedType,
}
