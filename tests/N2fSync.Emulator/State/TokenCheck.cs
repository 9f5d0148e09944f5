

namespace N2fSync.Emulator;

/// <summary>Why a bearer token was accepted or refused; expired and unknown tokens get different 401 messages.</summary>
internal enum TokenCheck
{
    Valid,
    Expired,
    Invalid,
}
