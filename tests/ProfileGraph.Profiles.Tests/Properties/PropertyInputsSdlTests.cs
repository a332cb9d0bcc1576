using ProfileGraph.Profiles.Properties;

namespace ProfileGraph.Profiles.Tests.Properties;

public sealed class PropertyInputsSdlTests
{
    private static readonly HashSet<string> ContractTypes =
        ["IntOperationFilterInput", "StringOperationFilterInput", "ListStringOperationFilterInput", "DateTimeOperationFilterInput", "BooleanOperationFilterInput", "LongOperationFilterInput"];

    [Fact]
    public void The_filter_input_has_and_or_and_one_operation_input_per_property()
    {
        var sdl = PropertyInputsSdl.Generate(new PropertyDeclarations([new("vipLevel", PropertyScalar.Int, false), new("hobby", PropertyScalar.String, true)]), ContractTypes);
        Assert.Contains(
            """
            input ProfilePropertiesFilterInput {
              and: [ProfilePropertiesFilterInput!]
              or: [ProfilePropertiesFilterInput!]
              vipLevel: IntOperationFilterInput
              hobby: ListStringOperationFilterInput
            }
            """.ReplaceLineEndings("\n"), sdl, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sort_input_leaves_lists_out()
    {
        var sdl = PropertyInputsSdl.Generate(new PropertyDeclarations([new("vipLevel", PropertyScalar.Int, false), new("hobby", PropertyScalar.String, true)]), ContractTypes);
        Assert.Contains(
            """
            input ProfilePropertiesSortInput {
              vipLevel: SortEnumType @cost(weight: "10")
            }
            """.ReplaceLineEndings("\n"), sdl, StringComparison.Ordinal);
    }

    [Fact]
    public void Operation_inputs_the_contract_lacks_are_generated_once()
    {
        var sdl = PropertyInputsSdl.Generate(
            new PropertyDeclarations([new("score", PropertyScalar.Float, false), new("scores", PropertyScalar.Float, true), new("level", PropertyScalar.Int, false)]),
            ContractTypes);
        Assert.Contains("input FloatOperationFilterInput {\n  eq: Float @cost(weight: \"10\")", sdl, StringComparison.Ordinal);
        Assert.Contains("  nin: [Float] @cost(weight: \"10\")", sdl, StringComparison.Ordinal);
        Assert.Contains("input ListFloatOperationFilterInput {\n  all: FloatOperationFilterInput @cost(weight: \"10\")", sdl, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(sdl, "input FloatOperationFilterInput"));
        Assert.DoesNotContain("input IntOperationFilterInput", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public void Declarations_with_only_lists_are_refused_because_the_sort_input_would_be_empty() =>
        Assert.Throws<FormatException>(() => PropertyInputsSdl.Generate(new PropertyDeclarations([new("hobby", PropertyScalar.String, true)]), ContractTypes));
}
