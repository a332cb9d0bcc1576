using ProfileGraph.Profiles.Rules;

namespace ProfileGraph.Profiles.Tests.Rules;

public sealed class StandardFieldRulesTests
{
    [Theory]
    [InlineData("nickname", 64)]
    [InlineData("avatar", 256)]
    [InlineData("phone", 32)]
    [InlineData("sign", 256)]
    [InlineData("birth", 64)]
    [InlineData("firstName", 255)]
    [InlineData("contacts.mobilePhone", 32)]
    public void Each_field_accepts_its_limit_and_refuses_one_more(string field, int limit)
    {
        Assert.Null(StandardFieldRules.Check(field, new string('a', limit)));
        var violation = StandardFieldRules.Check(field, new string('a', limit + 1));
        Assert.Equal(ViolationCodes.StringTooLong, violation?.Code);
        Assert.Equal(field, violation?.Key);
    }

    [Fact]
    public void Email_is_limited_to_64_characters()
    {
        var local = new string('a', 64 - "@example.com".Length);
        Assert.Null(StandardFieldRules.Check("email", local + "@example.com"));
        Assert.Equal(ViolationCodes.StringTooLong, StandardFieldRules.Check("email", "a" + local + "@example.com")?.Code);
    }

    [Theory]
    [InlineData("user@example.com")]
    [InlineData("first.last+tag@mail.example.co")]
    public void Valid_emails_pass(string email) => Assert.Null(StandardFieldRules.Check("email", email));

    [Theory]
    [InlineData("no-at-sign")]
    [InlineData("two@@example.com")]
    [InlineData("user@localhost")]
    [InlineData("user @example.com")]
    [InlineData("user@exa mple.com")]
    [InlineData(".user@example.com")]
    [InlineData("us..er@example.com")]
    [InlineData("user@-example.com")]
    public void Invalid_emails_are_refused(string email)
    {
        Assert.Equal(ViolationCodes.InvalidEmail, StandardFieldRules.Check("email", email)?.Code);
        Assert.Equal(ViolationCodes.InvalidEmail, StandardFieldRules.Check("contacts.email", email)?.Code);
    }

    [Fact]
    public void Null_clears_a_field_and_always_passes() => Assert.Null(StandardFieldRules.Check("email", null));

    [Fact]
    public void Groups_are_at_most_100_non_empty_names()
    {
        Assert.Null(StandardFieldRules.CheckGroups(Enumerable.Range(0, 100).Select(i => $"g{i}").ToList()));
        Assert.Equal(ViolationCodes.ListTooLong, StandardFieldRules.CheckGroups(Enumerable.Range(0, 101).Select(i => $"g{i}").ToList())?.Code);
        Assert.Equal(ViolationCodes.Required, StandardFieldRules.CheckGroups([""])?.Code);
    }
}
