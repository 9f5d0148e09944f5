// The namespaces nearly every specification here reads from.
global using N2fSync.Session;
global using N2fSync.Store.History;
global using N2fSync.Sync.Gate;
global using N2fSync.Sync.Ports;
global using N2fSync.Sync.Run;
