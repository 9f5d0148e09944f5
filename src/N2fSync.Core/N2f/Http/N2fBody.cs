using System.Buffers;
using System.IO;
using System.Net.Http;
using System.Text;

namespace N2fSync.N2f.Http;

/// <summary>
/// An answer's body as UTF-8 bytes in a buffer borrowed from the shared pool: a page of 200 users (~280 KB) is parsed
/// where it lies instead of becoming a string twice its size on the large-object heap, which only a full collection
/// frees. Dispose returns the buffer; the bytes are invalid afterwards.
/// </summary>
public sealed class N2fBody : IDisposable
{
    private const int FirstBuffer = 16 * 1024;
    private byte[]? _buffer;

    private N2fBody(byte[] buffer, int length) => (_buffer, Length) = (buffer, length);

    public int Length { get; }

    /// <summary>The bytes, valid until disposed.</summary>
    public ReadOnlyMemory<byte> Utf8 => new(_buffer ?? throw new ObjectDisposedException(nameof(N2fBody)), 0, Length);

    /// <summary>The body as text (small bodies: errors, written objects, tokens).</summary>
    public string Text() => Encoding.UTF8.GetString(_buffer ?? throw new ObjectDisposedException(nameof(N2fBody)), 0, Length);

    public void Dispose()
    {
        var buffer = Interlocked.Exchange(ref _buffer, null);
        if (buffer is not null) ArrayPool<byte>.Shared.Return(buffer);
    }

    internal static N2fBody FromText(string text)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(1, Encoding.UTF8.GetMaxByteCount(text.Length)));
        return new N2fBody(buffer, Encoding.UTF8.GetBytes(text, 0, text.Length, buffer, 0));
    }

    /// <summary>Reads the whole content into one pooled buffer, sized from Content-Length when the server sent it.</summary>
    internal static async Task<N2fBody> ReadAsync(HttpContent? content, CancellationToken cancellationToken)
    {
        if (content is null) return FromText("");
        var expected = content.Headers.ContentLength is > 0 and < int.MaxValue - 1 ? (int)content.Headers.ContentLength.Value + 1 : FirstBuffer;
        var buffer = ArrayPool<byte>.Shared.Rent(expected);
        var length = 0;
        try
        {
            using var stream = await content.ReadAsStreamAsync().ConfigureAwait(false);
            while (true)
            {
                if (length == buffer.Length) buffer = Grow(buffer, length);
                var read = await stream.ReadAsync(buffer, length, buffer.Length - length, cancellationToken).ConfigureAwait(false);
                if (read == 0) break;
                length += read;
            }
            return new N2fBody(buffer, length);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    private static byte[] Grow(byte[] buffer, int length)
    {
        var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
        Buffer.BlockCopy(buffer, 0, larger, 0, length);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }
}
