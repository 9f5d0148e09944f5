namespace N2fSync.Commands; internal static class Placeholder;
