namespace ProfileGraph.Server.Security;

/// <summary>Where the first start prints the new admin credential: the console, not the logs.</summary>
internal sealed record CredentialNotice(TextWriter Output);
