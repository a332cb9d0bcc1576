using System.Text;
using ProfileGraph.Profiles.Security;

namespace ProfileGraph.Profiles.Tests.Security;

public sealed class CredentialParserTests
{
    private static string Basic(string text) => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Basic_reads_key_id_and_secret_split_at_the_first_colon()
    {
        var result = CredentialParser.Parse(Basic("pgk_1:se:cret"), null, null);
        Assert.Equal(new ApiCredential("pgk_1", "se:cret"), result.Credential);
    }

    [Fact]
    public void Bearer_reads_key_id_and_secret_split_at_the_first_dot() =>
        Assert.Equal(new ApiCredential("pgk_1", "abc.def"), CredentialParser.Parse("Bearer pgk_1.abc.def", null, null).Credential);

    [Fact]
    public void Schemes_are_case_insensitive() =>
        Assert.Equal(CredentialStatus.Present, CredentialParser.Parse("bearer pgk_1.abc", null, null).Status);

    [Fact]
    public void Client_id_headers_are_read()
    {
        var result = CredentialParser.Parse(null, " pgk_1 ", "s3cret");
        Assert.Equal(new ApiCredential("pgk_1", "s3cret"), result.Credential);
    }

    [Fact]
    public void No_headers_means_missing_credentials()
    {
        Assert.Equal(CredentialStatus.Missing, CredentialParser.Parse(null, null, null).Status);
        Assert.Equal(CredentialStatus.Missing, CredentialParser.Parse("  ", "", null).Status);
    }

    [Theory]
    [InlineData("Basic")]
    [InlineData("Basic !!notbase64")]
    [InlineData("Digest abc")]
    [InlineData("Bearer nodot")]
    [InlineData("Bearer .secret")]
    [InlineData("Bearer pgk_1.")]
    [InlineData("Bearer bad:id.secret")]
    public void Malformed_authorization_headers_are_reported(string header)
    {
        var result = CredentialParser.Parse(header, null, null);
        Assert.Equal(CredentialStatus.Malformed, result.Status);
        Assert.Null(result.Credential);
        Assert.False(string.IsNullOrEmpty(result.Problem));
    }

    [Fact]
    public void Basic_without_a_colon_is_malformed() =>
        Assert.Equal(CredentialStatus.Malformed, CredentialParser.Parse(Basic("justakey"), null, null).Status);

    [Fact]
    public void A_client_id_without_a_secret_is_malformed() =>
        Assert.Equal(CredentialStatus.Malformed, CredentialParser.Parse(null, "pgk_1", null).Status);

    [Fact]
    public void Authorization_and_client_headers_naming_different_keys_are_malformed() =>
        Assert.Equal(CredentialStatus.Malformed, CredentialParser.Parse("Bearer pgk_1.a", "pgk_2", "b").Status);

    [Fact]
    public void The_credential_never_prints_its_secret() =>
        Assert.DoesNotContain("s3cret", new ApiCredential("pgk_1", "s3cret").ToString(), StringComparison.Ordinal);
}
