

namespace N2fSync.Emulator;

/// <summary>An N2F company: <c>code</c> is what Agresso knows, <c>uuid</c> is what the API addresses.</summary>
public sealed record EmulatedCompany(string Uuid, string Code, string Name);
