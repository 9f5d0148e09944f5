using System.Buffers.Binary;
using System.Text;

namespace N2fSync.TdsResponder;

/// <summary>What a LOGIN7 message carries that the responder checks (MS-TDS 2.2.6.4): login, password, database, packet size.</summary>
public sealed record Login7(string UserName, string Password, string Database, string AppName, int PacketSize)
{
    public static Login7 Parse(byte[] message)
    {
        var span = message.AsSpan();
        var packetSize = BinaryPrimitives.ReadInt32LittleEndian(span[8..]);
        return new Login7(
            Text(span, 40),
            DecodePassword(Bytes(span, 44)),
            Text(span, 68),
            Text(span, 48),
            packetSize);
    }

    // Offset and length (in characters) pairs of the fixed part, each a little-endian ushort.
    private static byte[] Bytes(ReadOnlySpan<byte> message, int at)
    {
        var offset = BinaryPrimitives.ReadUInt16LittleEndian(message[at..]);
        var chars = BinaryPrimitives.ReadUInt16LittleEndian(message[(at + 2)..]);
        return message.Slice(offset, chars * 2).ToArray();
    }

    private static string Text(ReadOnlySpan<byte> message, int at) => Encoding.Unicode.GetString(Bytes(message, at));

    // The client swaps the nibbles of each byte, then XORs it with 0xA5: undo both.
    private static string DecodePassword(byte[] bytes)
    {
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i] ^ 0xA5;
            bytes[i] = (byte)(((b & 0x0F) << 4) | (b >> 4));
        }
        return Encoding.Unicode.GetString(bytes);
    }
}
