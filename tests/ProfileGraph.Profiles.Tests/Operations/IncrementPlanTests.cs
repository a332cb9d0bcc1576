using System.Text.Json;
using ProfileGraph.Data;
using ProfileGraph.Profiles.Operations;
using ProfileGraph.Profiles.Properties;
using static ProfileGraph.Profiles.Tests.Operations.OperationTestData;

namespace ProfileGraph.Profiles.Tests.Operations;

public sealed class IncrementPlanTests
{
    [Fact]
    public void Integer_increments_become_targets_with_the_declared_range()
    {
        var declarations = new PropertyDeclarations([new("points", PropertyScalar.Int, false), new("total", PropertyScalar.Long, false)]);
        var targets = IncrementPlan.TryCreate(new PropertyOperations { Increment = Json("""{"points":1,"total":-2,"free":3}""") }, declarations);
        Assert.Equal(
            [
                new IncrementTarget("properties.points", 1, int.MinValue, int.MaxValue),
                new IncrementTarget("properties.total", -2, long.MinValue, long.MaxValue),
                new IncrementTarget("properties.free", 3, long.MinValue, long.MaxValue),
            ],
            targets);
    }

    [Fact]
    public void Values_read_from_a_request_element_are_integers_too()
    {
        var element = JsonDocument.Parse("""{"points":7}""").RootElement;
        var increment = PropertyOperations.ReadArgument("increment", element, []);
        Assert.Equal(7, Assert.Single(IncrementPlan.TryCreate(new PropertyOperations { Increment = increment }, Shipped)!).Amount);
    }

    [Theory]
    [InlineData("""{"points":1.5}""")]
    [InlineData("""{"points":0}""")]
    [InlineData("""{"score":1}""")]
    public void Fractions_zero_and_float_properties_take_the_general_path(string increment)
    {
        var declarations = new PropertyDeclarations([new("points", PropertyScalar.Int, false), new("score", PropertyScalar.Float, false)]);
        Assert.Null(IncrementPlan.TryCreate(new PropertyOperations { Increment = Json(increment) }, declarations));
    }

    [Fact]
    public void Any_other_operation_takes_the_general_path()
    {
        Assert.Null(IncrementPlan.TryCreate(new PropertyOperations { Increment = Json("""{"points":1}"""), Unset = ["member"] }, Shipped));
        Assert.Null(IncrementPlan.TryCreate(Set("""{"points":1}"""), Shipped));
    }
}
