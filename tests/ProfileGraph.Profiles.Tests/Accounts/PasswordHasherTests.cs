using ProfileGraph.Profiles.Accounts;

namespace ProfileGraph.Profiles.Tests.Accounts;

public sealed class PasswordHasherTests
{
    // Few iterations keep the tests fast; the format and the default are checked separately.
    private readonly PasswordHasher _fast = new(iterations: 1_000);

    [Fact]
    public void The_default_uses_at_least_210000_iterations() =>
        Assert.True(new PasswordHasher().Iterations >= 210_000);

    [Fact]
    public void A_hash_verifies_its_password_and_no_other()
    {
        var hash = _fast.Hash("correct horse battery");
        Assert.True(PasswordHasher.Verify("correct horse battery", hash));
        Assert.False(PasswordHasher.Verify("correct horse batterY", hash));
    }

    [Fact]
    public void The_hash_is_versioned_salted_and_never_contains_the_password()
    {
        var first = _fast.Hash("secret-password");
        var second = _fast.Hash("secret-password");
        Assert.NotEqual(first, second);
        Assert.StartsWith("v1$pbkdf2-sha256$1000$", first, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-password", first, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("plain-text")]
    [InlineData("v1$pbkdf2-sha256$abc$AAAA$AAAA")]
    [InlineData("v2$pbkdf2-sha256$1000$AAAA$AAAA")]
    [InlineData("v1$pbkdf2-sha256$1000$!!!$AAAA")]
    public void Malformed_hashes_never_verify(string stored) => Assert.False(PasswordHasher.Verify("x", stored));

    [Fact]
    public void Hashes_made_with_fewer_iterations_need_a_rehash()
    {
        var hash = _fast.Hash("pw-123456");
        Assert.True(new PasswordHasher(2_000).NeedsRehash(hash));
        Assert.False(_fast.NeedsRehash(hash));
    }
}
