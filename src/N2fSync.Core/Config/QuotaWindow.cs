namespace N2fSync.Config;

/// <summary>Calls allowed per quota window: reads are GETs, writes are POST, PUT and DELETE.</summary>
public sealed class QuotaWindow
{
    public int Reads { get; set; }
    public int Writes { get; set; }
}
