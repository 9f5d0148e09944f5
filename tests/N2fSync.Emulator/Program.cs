namespace N2fSync.Emulator; public static class Program { public static int Main() => 0; }
