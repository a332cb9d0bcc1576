using Microsoft.Extensions.Options;
using ProfileGraph.Data;
using ProfileGraph.Profiles.Security;

namespace ProfileGraph.Server.Security;

/// <summary>
/// At start-up: ensures the configured bootstrap key, and on the first start of the embedded SQLite store
/// (no key at all) creates an admin key of the default project and prints it once.
/// </summary>
internal sealed partial class KeyBootstrapper(
    ApiKeyStore keys,
    StoreOptions storeOptions,
    IOptions<ProfileApiOptions> options,
    CredentialNotice notice,
    ILogger<KeyBootstrapper> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!string.IsNullOrWhiteSpace(settings.BootstrapKey))
        {
            var separator = settings.BootstrapKey.IndexOf(':', StringComparison.Ordinal);
            if (separator <= 0 || separator == settings.BootstrapKey.Length - 1)
            {
                throw new InvalidOperationException("ProfileGraph:BootstrapKey must have the form <keyId>:<secret>.");
            }

            var known = ApiKeys.FromKnown(settings.BootstrapKey[..separator], settings.BootstrapKey[(separator + 1)..], ApiKeyRole.Admin);
            await keys.SaveAsync(known, settings.DefaultProject, cancellationToken).ConfigureAwait(false);
            LogBootstrapKey(logger, known.KeyId, settings.DefaultProject);
            return;
        }

        if (storeOptions.Kind != StoreKind.Sqlite || await keys.AnyAsync(cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var issued = await keys.CreateAsync(settings.DefaultProject, ApiKeyRole.Admin, cancellationToken).ConfigureAwait(false);
        var basic = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{issued.KeyId}:{issued.Secret}"));
        // Printed on the console, not logged: the secret is shown exactly once and must not reach log sinks.
        await notice.Output.WriteLineAsync($"""

            ProfileGraph created project '{settings.DefaultProject}' and an admin API key (shown only now):
              key id:  {issued.KeyId}
              secret:  {issued.Secret}
            Paste this header into Banana Cake Pop (Connection settings > HTTP headers):
              Authorization: Bearer {issued.BearerToken}
            or use:
              Authorization: Basic {basic}

            """).ConfigureAwait(false);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Bootstrap API key {KeyId} ensured for project {Project}.")]
    private static partial void LogBootstrapKey(ILogger logger, string keyId, string project);
}
