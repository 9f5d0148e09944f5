using System.Text;

namespace N2fSync.TdsResponder;

/// <summary>
/// One client connection: PRELOGIN, LOGIN7 (the login checked against the responder's), then SQL batches answered
/// from the responder's tables, and attentions acknowledged. A failed login is answered with SQL Server's error 18456
/// and the connection closed, as SQL Server does.
/// </summary>
internal sealed class TdsSession(Stream stream, TdsResponder responder)
{
    private const byte PreLoginMessage = 0x12, Login7Message = 0x10, SqlBatchMessage = 0x01, AttentionMessage = 0x06;
    private const ushort DoneCount = 0x10, DoneError = 0x02, DoneAttention = 0x20, SelectCommand = 0xC1;

    private readonly TdsPackets _packets = new(stream);
    private int _packetSize = 4096;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (await _packets.ReadMessageAsync(cancellationToken) is { } message)
        {
            switch (message.Type)
            {
                case PreLoginMessage:
                    await SendAsync(PreLogin.Response(), cancellationToken);
                    break;
                case Login7Message:
                    if (!await LoginAsync(Login7.Parse(message.Payload), cancellationToken)) return;
                    break;
                case SqlBatchMessage:
                    await BatchAsync(message.Payload, cancellationToken);
                    break;
                case AttentionMessage:
                    await SendAsync(new TdsTokens().Done(DoneAttention).ToArray(), cancellationToken);
                    break;
                default:
                    return;
            }
        }
    }

    private async Task<bool> LoginAsync(Login7 login, CancellationToken cancellationToken)
    {
        responder.Record(login);
        if (login.UserName != responder.UserName || login.Password != responder.Password)
        {
            var refused = new TdsTokens()
                .Error(18456, 1, 14, $"Login failed for user '{login.UserName}'.", responder.ServerName)
                .Done(DoneError);
            await SendAsync(refused.ToArray(), cancellationToken);
            return false;
        }
        _packetSize = login.PacketSize is >= 512 and <= 32767 ? login.PacketSize : 4096;
        var database = login.Database.Length > 0 ? login.Database : "master";
        var accepted = new TdsTokens()
            .EnvChange(1, database, "master")
            .CollationChange()
            .EnvChange(2, "us_english", "")
            .LoginAck("Microsoft SQL Server")
            .EnvChange(4, _packetSize.ToString(System.Globalization.CultureInfo.InvariantCulture), "4096")
            .Done(0);
        await SendAsync(accepted.ToArray(), cancellationToken);
        return true;
    }

    private async Task BatchAsync(byte[] payload, CancellationToken cancellationToken)
    {
        // ALL_HEADERS (transaction descriptor...) comes first; its first DWORD is its own total length.
        var headers = BitConverter.ToInt32(payload, 0);
        var sql = Encoding.Unicode.GetString(payload, headers, payload.Length - headers);
        responder.Record(sql);
        var tokens = new TdsTokens();
        try
        {
            var result = SelectQuery.Run(sql, responder.Tables);
            tokens.ColumnMetadata(result.Columns);
            for (var i = 0; i < result.Rows.Count; i++)
                // Every other row as NBCROW, as SQL Server sends rows holding NULLs: the driver must read both.
                tokens.Row(result.Columns, result.Rows[i], nullBitmap: i % 2 == 1);
            tokens.Done(DoneCount, SelectCommand, result.Rows.Count);
        }
        catch (TdsErrorException ex)
        {
            tokens = new TdsTokens().Error(ex.Number, 1, ex.Severity, ex.Message, responder.ServerName).Done(DoneError);
        }
        await SendAsync(tokens.ToArray(), cancellationToken);
    }

    private Task SendAsync(byte[] payload, CancellationToken cancellationToken) =>
        _packets.WriteMessageAsync(TdsPackets.TabularResult, payload, _packetSize, cancellationToken);
}
