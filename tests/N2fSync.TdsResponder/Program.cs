using N2fSync.TdsResponder;

// Serves the Agresso views (AgressoViews) over TDS on a free loopback port, for tests that run outside this
// process (Pester through the built module). Writes "127.0.0.1,<port>" to --port-file once listening; stops when
// --parent-pid exits or on Ctrl+C. The login is --user and the password the TDS_RESPONDER_PASSWORD variable (so it
// never appears on a command line).
string? Option(string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}

var portFile = Option("--port-file") ?? throw new ArgumentException("--port-file is required.");
var user = Option("--user") ?? "n2f_reader";
var password = Environment.GetEnvironmentVariable("TDS_RESPONDER_PASSWORD") ?? throw new ArgumentException("TDS_RESPONDER_PASSWORD is not set.");
var parent = Option("--parent-pid") is { } pid ? System.Diagnostics.Process.GetProcessById(int.Parse(pid, System.Globalization.CultureInfo.InvariantCulture)) : null;

await using var responder = new TdsResponder(user, password, [AgressoViews.Users(), AgressoViews.Analytics()]);
File.WriteAllText(portFile, responder.DataSource);
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
try
{
    if (parent is not null) await parent.WaitForExitAsync(stop.Token);
    else await Task.Delay(Timeout.Infinite, stop.Token);
}
catch (OperationCanceledException)
{
    // Ctrl+C: stop serving.
}
