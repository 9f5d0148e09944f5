using System.Globalization;
using System.Text;

namespace N2fSync.Agresso;

/// <summary>
/// Finds where a file stops being UTF-8. The reader's decoder fails on a buffer read ahead of the record being
/// parsed, so the line is found again here, byte by byte (only on that failure path). Line breaks are ASCII and never
/// part of a multi-byte sequence, so they can be counted on the bytes.
/// </summary>
internal static class Utf8Lines
{
    /// <summary>1-based line of the first byte sequence that is not UTF-8, and what it is; null when the file is valid.</summary>
    public static (int Line, string Bytes)? FirstInvalid(string path)
    {
        var decoder = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 64 * 1024, FileOptions.SequentialScan);
        var one = new byte[1];
        var chars = new char[4];
        var line = 1;
        var previous = -1;
        int b;
        try
        {
            while ((b = stream.ReadByte()) >= 0)
            {
                one[0] = (byte)b;
                decoder.GetChars(one, 0, 1, chars, 0, flush: false);
                if (b == '\r' || (b == '\n' && previous != '\r')) line++;
                previous = b;
            }
            decoder.GetChars(one, 0, 0, chars, 0, flush: true);
            return null;
        }
        catch (DecoderFallbackException ex)
        {
            var bytes = ex.BytesUnknown is { Length: > 0 } unknown ? unknown : one;
            return (line, string.Join(" ", bytes.Select(x => "0x" + x.ToString("X2", CultureInfo.InvariantCulture))));
        }
    }
}
