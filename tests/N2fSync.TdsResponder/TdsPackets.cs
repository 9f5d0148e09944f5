using System.Buffers.Binary;

namespace N2fSync.TdsResponder;

/// <summary>
/// TDS packet framing (MS-TDS 2.2.3): an 8-byte header (type, status with 0x01 = end of message, big-endian length,
/// SPID, packet id, window) before each piece of a message.
/// </summary>
public sealed class TdsPackets(Stream stream)
{
    public const byte TabularResult = 0x04;
    private byte _packetId;

    /// <summary>The next whole message (its packets joined), or null when the client closed the connection.</summary>
    public async Task<(byte Type, byte[] Payload)?> ReadMessageAsync(CancellationToken cancellationToken)
    {
        var payload = new MemoryStream();
        var header = new byte[8];
        while (true)
        {
            if (!await ReadExactlyOrEndAsync(header, cancellationToken)) return null;
            var length = BinaryPrimitives.ReadUInt16BigEndian(header.AsSpan(2));
            var body = new byte[length - 8];
            if (!await ReadExactlyOrEndAsync(body, cancellationToken)) return null;
            payload.Write(body);
            if ((header[1] & 0x01) != 0) return (header[0], payload.ToArray());
        }
    }

    /// <summary>Sends <paramref name="payload"/> as one message, split into packets of at most <paramref name="packetSize"/> bytes.</summary>
    public async Task WriteMessageAsync(byte type, byte[] payload, int packetSize, CancellationToken cancellationToken)
    {
        var chunk = packetSize - 8;
        var offset = 0;
        do
        {
            var length = Math.Min(chunk, payload.Length - offset);
            var last = offset + length >= payload.Length;
            var packet = new byte[8 + length];
            packet[0] = type;
            packet[1] = last ? (byte)0x01 : (byte)0x00;
            BinaryPrimitives.WriteUInt16BigEndian(packet.AsSpan(2), (ushort)packet.Length);
            BinaryPrimitives.WriteUInt16BigEndian(packet.AsSpan(4), 51); // SPID
            packet[6] = ++_packetId;
            payload.AsSpan(offset, length).CopyTo(packet.AsSpan(8));
            await stream.WriteAsync(packet, cancellationToken);
            offset += length;
        }
        while (offset < payload.Length);
        await stream.FlushAsync(cancellationToken);
    }

    private async Task<bool> ReadExactlyOrEndAsync(byte[] buffer, CancellationToken cancellationToken)
    {
        try
        {
            await stream.ReadExactlyAsync(buffer, cancellationToken);
            return true;
        }
        catch (EndOfStreamException)
        {
            return false;
        }
    }
}
