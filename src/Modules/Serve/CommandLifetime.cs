using Microsoft.Extensions.Hosting;

namespace StatiqGuides.Modules.Serve;

/// <summary>Leaves Ctrl+C and SIGTERM to the command line, which cancels the command and stops the server in order;
/// the host's console lifetime would take the signals and stop Kestrel behind the command's back.</summary>
internal sealed class CommandLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
