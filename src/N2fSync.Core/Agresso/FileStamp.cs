namespace N2fSync.Agresso;

/// <summary>Size and last write time of a file: whether it changed between two reads of it.</summary>
internal readonly record struct FileStamp(long Length, DateTime LastWriteUtc)
{
    public static FileStamp Of(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists) throw new FileNotFoundException("the file does not exist.", path);
        return new FileStamp(info.Length, info.LastWriteTimeUtc);
    }
}
