using ProfileGraph.Profiles.Rules;

namespace ProfileGraph.Profiles.Tests.Rules;

public sealed class AccountRulesTests
{
    [Fact]
    public void A_valid_change_has_no_violations() =>
        Assert.Empty(AccountRules.Check("alice.w", "alice@example.com", "correct horse", "+4912345"));

    [Fact]
    public void Omitted_fields_are_not_checked() => Assert.Empty(AccountRules.Check(null, null, null, null));

    [Theory]
    [InlineData("ab")]
    [InlineData("-alice")]
    [InlineData("has space")]
    public void Bad_usernames_are_refused(string username) =>
        Assert.Equal(ViolationCodes.InvalidUsername, Assert.Single(AccountRules.Check(username, null, null, null)).Code);

    [Fact]
    public void A_password_shorter_than_8_characters_is_refused()
    {
        var violation = Assert.Single(AccountRules.Check(null, null, "short", null));
        Assert.Equal(ViolationCodes.PasswordTooShort, violation.Code);
        Assert.Equal("newPassword", violation.Key);
    }

    [Fact]
    public void Every_violation_is_reported_at_once()
    {
        var violations = AccountRules.Check("x", "not-an-email", "short", new string('1', 33));
        Assert.Equal(["username", "email", "newPassword", "phone"], violations.Select(v => v.Key));
    }
}
