using ProfileGraph.GraphQL.Language;
using ProfileGraph.GraphQL.Types;
using ProfileGraph.GraphQL.Validation.Limits;

namespace ProfileGraph.GraphQL.Validation;

/// <summary>
/// Checks an executable document against a schema (spec §5 Validation) plus the limits configured in
/// <see cref="ValidationOptions"/>. All rules run together in one walk of the document.
/// Thread-safe: one instance serves concurrent requests.
/// </summary>
public sealed class DocumentValidator
{
    private readonly RulePlan _plan;
    private readonly MetaFields _metaFields;

    /// <summary>Creates a validator with every specified rule and the limits set in <paramref name="options"/>.</summary>
    public DocumentValidator(Schema schema, ValidationOptions? options = null)
        : this(schema, options ?? new ValidationOptions(), CreateRuleList(options ?? new ValidationOptions()))
    {
    }

    internal DocumentValidator(Schema schema, ValidationOptions options, IReadOnlyList<Func<ValidationRule>> rules)
    {
        ArgumentNullException.ThrowIfNull(schema);
        Schema = schema;
        Options = options;
        _metaFields = MetaFields.For(schema);
        _plan = new RulePlan(rules);
    }

    /// <summary>The schema documents are validated against.</summary>
    public Schema Schema { get; }

    /// <summary>The limits in force.</summary>
    public ValidationOptions Options { get; }

    /// <summary>
    /// Validates <paramref name="document"/>; returns no errors when it is valid. Stops after
    /// <paramref name="maxErrors"/> errors.
    /// </summary>
    public IReadOnlyList<GraphQLError> Validate(DocumentNode document, int maxErrors = 5)
    {
        ArgumentNullException.ThrowIfNull(document);
        var context = new ValidationContext(Schema, document, _metaFields, Options, maxErrors);
        var walker = new ValidationWalker(context, _plan.CreateRules(), _plan);
        try
        {
            walker.Walk(document);
        }
        catch (Exception ex) when (ex is ValidationAbortedException or InsufficientExecutionStackException)
        {
            if (context.Errors.Count < Math.Max(maxErrors, 1))
            {
                return [.. context.Errors, ErrorHelper.ValidationAborted()];
            }
        }

        return context.Errors.Count == 0 ? [] : context.Errors;
    }

    private static List<Func<ValidationRule>> CreateRuleList(ValidationOptions options)
    {
        var rules = new List<Func<ValidationRule>>(SpecifiedRules.All);
        LimitRules.AddTo(rules, options);
        return rules;
    }
}
