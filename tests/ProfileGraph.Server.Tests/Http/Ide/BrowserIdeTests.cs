using System.Diagnostics;
using ProfileGraph.Server.Tests.Http;

namespace ProfileGraph.Server.Tests.Http.Ide;

/// <summary>
/// Banana Cake Pop in headless Chromium (browser/ide-test.mjs, Playwright): the page loads from the server
/// with no request leaving it, shows the schema, and runs a query. A missing Chromium fails the test.
/// </summary>
public sealed class BrowserIdeTests
{
    private const string ChromiumPath = "/usr/bin/chromium";

    [Fact]
    public async Task Ide_loads_offline_shows_the_schema_and_runs_a_query()
    {
        Assert.True(File.Exists(ChromiumPath), $"Chromium is missing at {ChromiumPath}: install it (apt-get install -y chromium).");
        var folder = FindBrowserFolder();
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "playwright-core")))
        {
            var (restoreCode, restoreOutput) = await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], folder, TimeSpan.FromMinutes(3));
            Assert.True(restoreCode == 0, "npm ci failed in " + folder + ":\n" + restoreOutput);
        }

        await using var server = await TestServer.StartAsync();

        var (code, output) = await RunAsync(
            "node",
            ["ide-test.mjs", server.GraphQLUri.ToString(), "{ profile(id: \"2\") { name } }", "Grace"],
            folder,
            TimeSpan.FromMinutes(3));

        Assert.True(code == 0 && output.TrimEnd().EndsWith("ok", StringComparison.Ordinal), output);
    }

    private static string FindBrowserFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "browser");
            if (File.Exists(Path.Combine(candidate, "ide-test.mjs")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("browser/ide-test.mjs not found above " + AppContext.BaseDirectory);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string fileName, string[] arguments, string workingDirectory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"timed out after {timeout}\n{await stdout}\n{await stderr}");
        }

        return (process.ExitCode, (await stdout) + (await stderr));
    }
}
