using System.Text.Json.Nodes;
using ProfileGraph.Profiles.Properties;
using ProfileGraph.Profiles.Rules;

namespace ProfileGraph.Profiles.Tests.Rules;

public sealed class DeclaredTypeRuleTests
{
    [Theory]
    [InlineData(PropertyScalar.Int, "5", true)]
    [InlineData(PropertyScalar.Int, "5.5", false)]
    [InlineData(PropertyScalar.Int, "3000000000", false)]
    [InlineData(PropertyScalar.Int, "\"5\"", false)]
    [InlineData(PropertyScalar.Long, "3000000000", true)]
    [InlineData(PropertyScalar.Float, "5.5", true)]
    [InlineData(PropertyScalar.String, "\"gold\"", true)]
    [InlineData(PropertyScalar.String, "1", false)]
    [InlineData(PropertyScalar.Boolean, "true", true)]
    [InlineData(PropertyScalar.Boolean, "\"true\"", false)]
    [InlineData(PropertyScalar.DateTime, "\"2024-05-01T10:00:00Z\"", true)]
    [InlineData(PropertyScalar.DateTime, "\"yesterday\"", false)]
    [InlineData(PropertyScalar.DateTime, "\"2024-05-01\"", false)]
    public void Scalars_match_their_declared_type(PropertyScalar scalar, string json, bool fits)
    {
        var declaration = new PropertyDeclaration("p", scalar, IsList: false);
        var violation = DeclaredTypeRule.Check(declaration, JsonNode.Parse(json));
        Assert.Equal(fits, violation is null);
        if (!fits)
        {
            Assert.Equal(ViolationCodes.TypeMismatch, violation!.Code);
        }
    }

    [Fact]
    public void A_declared_list_needs_a_list_of_the_item_type()
    {
        var hobby = new PropertyDeclaration("hobby", PropertyScalar.String, IsList: true);
        Assert.Null(DeclaredTypeRule.Check(hobby, JsonNode.Parse("[\"gym\", \"chess\"]")));
        Assert.NotNull(DeclaredTypeRule.Check(hobby, JsonNode.Parse("\"gym\"")));
        Assert.NotNull(DeclaredTypeRule.Check(hobby, JsonNode.Parse("[\"gym\", 1]")));
    }

    [Fact]
    public void The_violation_names_the_declared_type()
    {
        var violation = DeclaredTypeRule.Check(new PropertyDeclaration("hobby", PropertyScalar.String, true), JsonValue.Create(1));
        Assert.Contains("[String!]", violation!.Reason, StringComparison.Ordinal);
    }
}
