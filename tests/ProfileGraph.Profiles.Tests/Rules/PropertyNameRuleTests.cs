using ProfileGraph.Profiles.Rules;

namespace ProfileGraph.Profiles.Tests.Rules;

public sealed class PropertyNameRuleTests
{
    [Theory]
    [InlineData("a")]
    [InlineData("vipLevel")]
    [InlineData("user_point_2")]
    [InlineData("Z9")]
    public void Names_starting_with_a_letter_followed_by_letters_digits_or_underscore_are_valid(string name) =>
        Assert.Null(PropertyNameRule.Check(name));

    [Fact]
    public void A_name_of_99_characters_is_valid_and_100_is_not()
    {
        Assert.Null(PropertyNameRule.Check("a" + new string('b', 98)));
        Assert.Equal(ViolationCodes.InvalidName, PropertyNameRule.Check("a" + new string('b', 99))?.Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1abc")]
    [InlineData("_abc")]
    [InlineData("has-dash")]
    [InlineData("has space")]
    [InlineData("trailing\n")]
    [InlineData("ünicode")]
    public void Other_names_are_invalid(string name) =>
        Assert.Equal(ViolationCodes.InvalidName, PropertyNameRule.Check(name)?.Code);

    [Theory]
    [InlineData("$city")]
    [InlineData("$")]
    public void Dollar_prefixed_names_are_reserved(string name)
    {
        var violation = PropertyNameRule.Check(name);
        Assert.Equal(ViolationCodes.ReservedName, violation?.Code);
        Assert.Equal(name, violation?.Key);
    }
}
