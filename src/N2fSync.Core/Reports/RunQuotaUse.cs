namespace N2fSync.Reports;

/// <summary>What one run spent of the quota: calls sent, the shortest time the quota allowed for them, and the share used.</summary>
public sealed record RunQuotaUse(int Writes, int Reads, TimeSpan Floor, double? WriteShare, double? ReadShare);
