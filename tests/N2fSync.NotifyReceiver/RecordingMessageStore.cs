using System.Buffers;
using MimeKit;
using SmtpServer;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace N2fSync.NotifyReceiver;

/// <summary>Keeps each accepted mail, parsed, with whether it came over TLS and who signed in.</summary>
internal sealed class RecordingMessageStore(Action<ReceivedMail> received, int port) : MessageStore
{
    public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction,
        ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(buffer.ToArray());
        var raw = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        var message = MimeMessage.Load(stream, cancellationToken);
        var attachments = message.Attachments.OfType<MimePart>().Select(part =>
        {
            using var content = new MemoryStream();
            part.Content?.DecodeTo(content, cancellationToken);
            return new ReceivedAttachment(part.FileName ?? "", part.ContentType.MimeType, System.Text.Encoding.UTF8.GetString(content.ToArray()));
        }).ToList();
        received(new ReceivedMail(
            transaction.From.AsAddress(), transaction.To.Select(t => t.AsAddress()).ToList(), message.Subject ?? "",
            message.TextBody ?? "", attachments, context.Pipe.IsSecure,
            context.Authentication?.IsAuthenticated == true ? context.Authentication.User : null, port, raw));
        return Task.FromResult(SmtpResponse.Ok);
    }
}
