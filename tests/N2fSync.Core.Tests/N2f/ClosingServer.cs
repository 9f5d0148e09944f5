using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace N2fSync.Tests.N2f;

/// <summary>
/// A bare HTTP/1.1 server on loopback that answers <c>POST auth</c> with a token and keeps the connection open, then
/// closes the connection cleanly, without any answer, on every other request: the answer of an applied write lost to
/// a connection closed by the server (or a proxy). Records every request line it read, on whatever connection.
/// </summary>
internal sealed class ClosingServer : IAsyncDisposable
{
    private const string Token = """{"response":{"token":"tok-closing","validity":"2099-01-01T00:00:00.0000000Z"}}""";
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly Task _accepting;

    public ClosingServer()
    {
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public Uri BaseUrl => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/services/api/v2/");

    /// <summary>"METHOD /path" of every request received, in order.</summary>
    public IReadOnlyList<string> Requests => [.. _requests];

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient connection;
            try { connection = await _listener.AcceptTcpClientAsync(_stop.Token); }
            catch (OperationCanceledException) { return; }
            _ = ServeAsync(connection);
        }
    }

    private async Task ServeAsync(TcpClient connection)
    {
        using (connection)
        {
            var stream = connection.GetStream();
            while (await ReadRequestAsync(stream) is { } line)
            {
                _requests.Enqueue(line);
                if (!line.EndsWith("/auth", StringComparison.Ordinal))
                {
                    // A clean close (FIN) before any byte of the answer.
                    connection.Client.Shutdown(SocketShutdown.Send);
                    return;
                }
                var answer = $"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {Encoding.UTF8.GetByteCount(Token)}\r\n\r\n{Token}";
                await stream.WriteAsync(Encoding.UTF8.GetBytes(answer));
            }
        }
    }

    /// <summary>Reads one request (headers and Content-Length body); its "METHOD /path", or null when the client left.</summary>
    private static async Task<string?> ReadRequestAsync(NetworkStream stream)
    {
        var head = new StringBuilder();
        var one = new byte[1];
        while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            if (await stream.ReadAsync(one) == 0) return null;
            head.Append((char)one[0]);
        }
        var lines = head.ToString().Split("\r\n");
        var length = lines.Where(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            .Select(l => int.Parse(l[15..].Trim(), System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault();
        for (var read = 0; read < length;)
            read += await stream.ReadAsync(new byte[length - read]);
        var parts = lines[0].Split(' ');
        return parts[0] + " " + parts[1];
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        try { await _accepting; } catch (ObjectDisposedException) { }
        _stop.Dispose();
    }
}
