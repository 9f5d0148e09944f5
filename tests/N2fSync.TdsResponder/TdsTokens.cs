using System.Buffers.Binary;
using System.Text;

namespace N2fSync.TdsResponder;

/// <summary>
/// Builds the tokens of a TDS 7.4 tabular response (MS-TDS 2.2.7): LOGINACK, ENVCHANGE, ERROR, COLMETADATA,
/// ROW/NBCROW and DONE. Integers are little-endian except where the spec says otherwise (LOGINACK's TDS version).
/// </summary>
public sealed class TdsTokens
{
    // SQL_Latin1_General_CP1_CI_AS: LCID 0x0409 with its flags, sort id 52.
    private static readonly byte[] Collation = [0x09, 0x04, 0xD0, 0x00, 0x34];
    private static readonly DateTime DateTimeEpoch = new(1900, 1, 1);

    private readonly MemoryStream _buffer = new();

    public byte[] ToArray() => _buffer.ToArray();

    public TdsTokens LoginAck(string programName)
    {
        var body = new MemoryStream();
        body.WriteByte(0x01); // interface: SQL_TSQL
        body.Write([0x74, 0x00, 0x00, 0x04]); // TDS 7.4, sent high byte first
        WriteBVarChar(body, programName);
        body.Write([16, 0, 0x07, 0xD0]); // version 16.0.2000
        return Token(0xAD, body.ToArray());
    }

    public TdsTokens EnvChange(byte type, string newValue, string oldValue)
    {
        var body = new MemoryStream();
        body.WriteByte(type);
        WriteBVarChar(body, newValue);
        WriteBVarChar(body, oldValue);
        return Token(0xE3, body.ToArray());
    }

    public TdsTokens CollationChange()
    {
        var body = new MemoryStream();
        body.WriteByte(7); // SQL collation
        body.WriteByte((byte)Collation.Length);
        body.Write(Collation);
        body.WriteByte(0);
        return Token(0xE3, body.ToArray());
    }

    public TdsTokens Error(int number, byte state, byte severity, string message, string serverName)
    {
        var body = new MemoryStream();
        WriteInt32(body, number);
        body.WriteByte(state);
        body.WriteByte(severity);
        WriteUsVarChar(body, message);
        WriteBVarChar(body, serverName);
        WriteBVarChar(body, "");
        WriteInt32(body, 1); // line number
        return Token(0xAA, body.ToArray());
    }

    public TdsTokens ColumnMetadata(IReadOnlyList<TdsColumn> columns)
    {
        _buffer.WriteByte(0x81);
        WriteUInt16(_buffer, (ushort)columns.Count);
        foreach (var column in columns)
        {
            WriteInt32(_buffer, 0); // user type
            WriteUInt16(_buffer, 0x0001 | 0x0008); // nullable, read/write
            switch (column.Type)
            {
                case TdsType.NVarChar:
                    _buffer.WriteByte(0xE7);
                    WriteUInt16(_buffer, (ushort)(column.Length * 2));
                    _buffer.Write(Collation);
                    break;
                case TdsType.Int: _buffer.Write([0x26, 4]); break;
                case TdsType.Float: _buffer.Write([0x6D, 8]); break;
                case TdsType.DateTime: _buffer.Write([0x6F, 8]); break;
                case TdsType.Bit: _buffer.Write([0x68, 1]); break;
            }
            WriteBVarChar(_buffer, column.Name);
        }
        return this;
    }

    /// <summary>A ROW, or an NBCROW (null bitmap, NULL cells omitted) when <paramref name="nullBitmap"/> is set.</summary>
    public TdsTokens Row(IReadOnlyList<TdsColumn> columns, object?[] values, bool nullBitmap)
    {
        _buffer.WriteByte(nullBitmap ? (byte)0xD2 : (byte)0xD1);
        if (nullBitmap)
        {
            var bitmap = new byte[(columns.Count + 7) / 8];
            for (var i = 0; i < columns.Count; i++)
                if (values[i] is null) bitmap[i / 8] |= (byte)(1 << (i % 8));
            _buffer.Write(bitmap);
        }
        for (var i = 0; i < columns.Count; i++)
        {
            if (nullBitmap && values[i] is null) continue;
            WriteValue(columns[i].Type, values[i]);
        }
        return this;
    }

    /// <summary>DONE: status 0x10 when a row count is given, 0x02 after an error, 0x20 to acknowledge an attention.</summary>
    public TdsTokens Done(ushort status, ushort command = 0, long rowCount = 0)
    {
        _buffer.WriteByte(0xFD);
        WriteUInt16(_buffer, status);
        WriteUInt16(_buffer, command);
        Span<byte> count = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(count, rowCount);
        _buffer.Write(count);
        return this;
    }

    private void WriteValue(TdsType type, object? value)
    {
        switch (type, value)
        {
            case (TdsType.NVarChar, null): WriteUInt16(_buffer, 0xFFFF); break;
            case (TdsType.NVarChar, string s):
                var bytes = Encoding.Unicode.GetBytes(s);
                WriteUInt16(_buffer, (ushort)bytes.Length);
                _buffer.Write(bytes);
                break;
            case (_, null): _buffer.WriteByte(0); break;
            case (TdsType.Int, int i): _buffer.WriteByte(4); WriteInt32(_buffer, i); break;
            case (TdsType.Float, double d):
                _buffer.WriteByte(8);
                Span<byte> f = stackalloc byte[8];
                BinaryPrimitives.WriteDoubleLittleEndian(f, d);
                _buffer.Write(f);
                break;
            case (TdsType.DateTime, DateTime t):
                _buffer.WriteByte(8);
                WriteInt32(_buffer, (t.Date - DateTimeEpoch).Days);
                WriteInt32(_buffer, (int)Math.Round(t.TimeOfDay.TotalMilliseconds * 300 / 1000));
                break;
            case (TdsType.Bit, bool b): _buffer.Write([1, b ? (byte)1 : (byte)0]); break;
            default: throw new ArgumentException($"{value} cannot be sent as {type}.");
        }
    }

    private TdsTokens Token(byte type, byte[] body)
    {
        _buffer.WriteByte(type);
        WriteUInt16(_buffer, (ushort)body.Length);
        _buffer.Write(body);
        return this;
    }

    private static void WriteBVarChar(Stream stream, string text)
    {
        stream.WriteByte((byte)text.Length);
        stream.Write(Encoding.Unicode.GetBytes(text));
    }

    private static void WriteUsVarChar(Stream stream, string text)
    {
        WriteUInt16(stream, (ushort)text.Length);
        stream.Write(Encoding.Unicode.GetBytes(text));
    }

    private static void WriteUInt16(Stream stream, ushort value)
    {
        Span<byte> b = stackalloc byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(b, value);
        stream.Write(b);
    }

    private static void WriteInt32(Stream stream, int value)
    {
        Span<byte> b = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(b, value);
        stream.Write(b);
    }
}
