using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace N2fSync.TdsResponder;

/// <summary>
/// A TDS endpoint on a free loopback port, serving <see cref="Tables"/> to clients that log in with
/// <see cref="UserName"/>/<see cref="Password"/>. Records the logins and statements it received, for tests.
/// </summary>
public sealed class TdsResponder : IAsyncDisposable, IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<Login7> _logins = new();
    private readonly ConcurrentQueue<string> _statements = new();
    private readonly List<Task> _sessions = [];
    private readonly Task _accepting;

    public TdsResponder(string userName, string password, IEnumerable<TdsTable> tables)
    {
        UserName = userName;
        Password = password;
        Tables = tables.ToDictionary(t => t.Name, StringComparer.OrdinalIgnoreCase);
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public string UserName { get; }

    public string Password { get; }

    public string ServerName => "N2FSYNC-TDS";

    public IReadOnlyDictionary<string, TdsTable> Tables { get; }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>"127.0.0.1,port": the data source to connect to.</summary>
    public string DataSource => $"127.0.0.1,{Port}";

    public IReadOnlyCollection<Login7> Logins => _logins;

    public IReadOnlyCollection<string> Statements => _statements;

    internal void Record(Login7 login) => _logins.Enqueue(login);

    internal void Record(string statement) => _statements.Enqueue(statement);

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }
            lock (_sessions) _sessions.Add(ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                await new TdsSession(client.GetStream(), this).RunAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is IOException or OperationCanceledException or SocketException or ObjectDisposedException)
            {
                // The client went away (or the responder is stopping): nothing to answer.
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        Task[] sessions;
        lock (_sessions) sessions = [.. _sessions];
        await Task.WhenAll(sessions.Append(_accepting));
        _stop.Dispose();
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();
}
