

namespace N2fSync.N2f.Http;

/// <summary>
/// Hears about every write the client sends (POST, PUT, DELETE; not authentication): before it goes out, and once its
/// final outcome is known after retries. <c>response</c> is null when no outcome is known (gave up, cancelled).
/// </summary>
public interface IN2fWriteObserver
{
    void Sending(string method, string path);

    void Completed(string method, string path, string? requestBody, N2fResponse? response);
}
