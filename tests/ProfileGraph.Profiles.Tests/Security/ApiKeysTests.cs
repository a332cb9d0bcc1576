using ProfileGraph.Profiles.Security;

namespace ProfileGraph.Profiles.Tests.Security;

public sealed class ApiKeysTests
{
    [Fact]
    public void A_created_key_stores_only_a_hash_of_its_secret()
    {
        var key = ApiKeys.Create(ApiKeyRole.Write);
        Assert.DoesNotContain(key.Secret, key.SecretHash, StringComparison.Ordinal);
        Assert.True(ApiKeys.VerifySecret(key.Secret, key.SecretHash));
        Assert.False(ApiKeys.VerifySecret(key.Secret + "x", key.SecretHash));
        Assert.DoesNotContain(key.Secret, key.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Keys_are_unique_and_their_ids_fit_every_header_form()
    {
        var keys = Enumerable.Range(0, 20).Select(_ => ApiKeys.Create(ApiKeyRole.Read)).ToList();
        Assert.Equal(20, keys.Select(k => k.KeyId).Distinct().Count());
        Assert.All(keys, k => Assert.True(ApiKeys.IsValidKeyId(k.KeyId)));
        Assert.All(keys, k => Assert.DoesNotContain('.', k.Secret));
        Assert.All(keys, k => Assert.Equal(CredentialStatus.Present, CredentialParser.ParseAuthorization("Bearer " + k.BearerToken).Status));
    }

    [Fact]
    public void A_known_secret_hashes_as_sha256_hex() =>
        Assert.Equal("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824", ApiKeys.HashSecret("hello"));

    [Theory]
    [InlineData(ApiKeyRole.Admin, ApiKeyRole.Write, true)]
    [InlineData(ApiKeyRole.Write, ApiKeyRole.Write, true)]
    [InlineData(ApiKeyRole.Read, ApiKeyRole.Write, false)]
    [InlineData(ApiKeyRole.Write, ApiKeyRole.Admin, false)]
    public void Roles_include_the_lower_ones(ApiKeyRole role, ApiKeyRole required, bool allowed) =>
        Assert.Equal(allowed, role.Allows(required));

    [Fact]
    public void A_bootstrap_key_id_with_a_separator_is_refused() =>
        Assert.Throws<ArgumentException>(() => ApiKeys.FromKnown("bad:id", "secret", ApiKeyRole.Admin));
}
