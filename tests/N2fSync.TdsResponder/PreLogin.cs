namespace N2fSync.TdsResponder;

/// <summary>
/// The server's PRELOGIN answer (MS-TDS 2.2.6.5): version 16.0, ENCRYPT_NOT_SUP, no instance, no MARS. Without
/// encryption the client sends LOGIN7 in clear, so it must itself allow an unencrypted connection (Encrypt=False).
/// </summary>
public static class PreLogin
{
    public const byte EncryptNotSupported = 0x02;

    public static byte[] Response()
    {
        (byte Token, byte[] Data)[] options =
        [
            (0x00, [16, 0, 0x07, 0xD0, 0, 0]), // VERSION 16.0.2000, sub-build 0
            (0x01, [EncryptNotSupported]),     // ENCRYPTION
            (0x02, [0]),                       // INSTOPT: the default instance
            (0x03, []),                        // THREADID
            (0x04, [0]),                       // MARS off
        ];
        var payload = new MemoryStream();
        var offset = options.Length * 5 + 1;
        foreach (var (token, data) in options)
        {
            payload.WriteByte(token);
            payload.Write([(byte)(offset >> 8), (byte)offset, (byte)(data.Length >> 8), (byte)data.Length]);
            offset += data.Length;
        }
        payload.WriteByte(0xFF);
        foreach (var (_, data) in options) payload.Write(data);
        return payload.ToArray();
    }
}
