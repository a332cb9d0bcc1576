using ProfileGraph.GraphQL.Validation;
using static ProfileGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace ProfileGraph.GraphQL.Tests.Validation.Limits;

public sealed class LimitRulesTests
{
    private const string Deep = "{ dog { owner { pets { name } } } }";

    [Fact]
    public void Limits_are_off_by_default() =>
        Assert.Empty(Validate("{ human { friends { friends { friends { friends { name } } } } } }"));

    [Fact]
    public void Execution_depth_within_the_limit_is_valid() =>
        Assert.Empty(Validate(Deep, options: new ValidationOptions { MaxExecutionDepth = 4 }));

    [Fact]
    public void Execution_depth_over_the_limit_is_rejected_counting_fragments()
    {
        var error = Assert.Single(Validate(
            "{ dog { ...F } } fragment F on Dog { owner { pets { name } } }",
            options: new ValidationOptions { MaxExecutionDepth = 3 }));
        Assert.Equal("MAX_EXECUTION_DEPTH", error.Code);
        Assert.Equal(4, error.Extensions!["executionDepth"]);
    }

    [Fact]
    public void Field_cycle_depth_counts_one_coordinate_on_one_path()
    {
        var options = new ValidationOptions { MaxFieldCycleDepth = 3 };
        Assert.Empty(Validate("{ human { friends { friends { friends { name } } } } }", options: options));
        var error = Assert.Single(Validate("{ human { friends { friends { friends { friends { name } } } } } }", options: options));
        Assert.Equal("HC0087", error.Code);
        Assert.Equal("Human.friends", error.Extensions!["coordinate"]);
    }

    [Fact]
    public void Field_cycle_through_a_fragment_is_found() =>
        Assert.Equal(
            "HC0087",
            Assert.Single(Validate(
                "{ human { ...F } } fragment F on Human { friends { friends { name } } }",
                options: new ValidationOptions { MaxFieldCycleDepth = 1 })).Code);

    [Fact]
    public void Aliases_over_the_limit_are_rejected()
    {
        var options = new ValidationOptions { MaxAliases = 2 };
        Assert.Empty(Validate("{ a: dog { b: name } }", options: options));
        Assert.Equal("MAX_ALIASES", Assert.Single(Validate("{ a: dog { b: name c: nickname } }", options: options)).Code);
    }

    [Fact]
    public void Fields_over_the_limit_are_rejected_counting_each_spread()
    {
        var options = new ValidationOptions { MaxFields = 5 };
        Assert.Empty(Validate("{ dog { ...F } } fragment F on Dog { name nickname }", options: options));
        Assert.Equal(
            "MAX_FIELDS",
            Assert.Single(Validate("{ dog { ...F } cat { name } d2: dog { ...F } } fragment F on Dog { name nickname }", options: options)).Code);
    }

    [Fact]
    public void Deep_ofType_nesting_is_rejected_when_introspection_depth_is_limited()
    {
        var options = new ValidationOptions { MaxIntrospectionDepth = 2 };
        Assert.Empty(Validate("{ __type(name: \"Dog\") { fields { type { ofType { ofType { name } } } } } }", options: options));
        Assert.Equal(
            "HC0086",
            Assert.Single(Validate("{ __type(name: \"Dog\") { fields { type { ofType { ofType { ofType { name } } } } } } }", options: options)).Code);
    }

    [Fact]
    public void Nested_introspection_lists_are_rejected_when_introspection_depth_is_limited() =>
        Assert.Equal(
            "HC0086",
            Assert.Single(Validate(
                "{ __schema { types { fields { type { fields { name } } } } } }",
                options: new ValidationOptions { MaxIntrospectionDepth = 16 })).Code);
}
