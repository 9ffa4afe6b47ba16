using System.Text;

namespace KnowledgeGraph.Ingestion.Input;

/// <summary>
/// Reads a stream line by line as strict UTF-8 without holding more than one line: a line that is not valid UTF-8,
/// or longer than the limit, comes back with an error and the reading goes on at the next line.
/// </summary>
public static class JsonLinesReader
{
    public const int DefaultMaxLineBytes = 16 * 1024 * 1024;

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The stream's lines in order. <paramref name="beforeRead"/>, when given, runs before each read from the stream, which
    /// may wait for input: a caller that answers line by line flushes its output there, so an interactive user sees every
    /// answer while a batch is written in large blocks.
    /// </summary>
    public static async IAsyncEnumerable<InputLine> ReadAsync(Stream stream, string source, int maxLineBytes = DefaultMaxLineBytes,
        Func<CancellationToken, Task>? beforeRead = null,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var buffer = new byte[64 * 1024];
        var line = new MemoryStream();
        var number = 0L;
        var tooLong = false;
        while (true)
        {
            if (beforeRead is not null)
            {
                await beforeRead(cancellationToken).ConfigureAwait(false);
            }
            var read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
            if (read <= 0)
            {
                break;
            }
            var start = 0;
            for (var i = 0; i < read; i++)
            {
                if (buffer[i] != (byte)'\n')
                {
                    continue;
                }
                Append(line, buffer, start, i - start, maxLineBytes, ref tooLong);
                start = i + 1;
                number++;
                var item = Decode(source, number, line, tooLong, maxLineBytes);
                line.SetLength(0);
                tooLong = false;
                if (item is not null)
                {
                    yield return item;
                }
            }
            Append(line, buffer, start, read - start, maxLineBytes, ref tooLong);
        }
        if (line.Length > 0 || tooLong)
        {
            var item = Decode(source, number + 1, line, tooLong, maxLineBytes);
            if (item is not null)
            {
                yield return item;
            }
        }
    }

    private static void Append(MemoryStream line, byte[] buffer, int start, int count, int max, ref bool tooLong)
    {
        if (tooLong || count == 0)
        {
            return;
        }
        if (line.Length + count > max)
        {
            tooLong = true;
            line.SetLength(0);
            return;
        }
        line.Write(buffer, start, count);
    }

    private static InputLine? Decode(string source, long number, MemoryStream line, bool tooLong, int max)
    {
        if (tooLong)
        {
            return new InputLine(source, number, null, $"line is longer than the limit of {max:N0} bytes");
        }
        var bytes = line.GetBuffer().AsSpan(0, (int)line.Length);
        if (bytes.StartsWith("\uFEFF"u8) && number == 1)
        {
            bytes = bytes[3..];
        }
        if (bytes.Length > 0 && bytes[^1] == (byte)'\r')
        {
            bytes = bytes[..^1];
        }
        if (bytes.Trim(" \t"u8).IsEmpty)
        {
            return null;
        }
        try
        {
            return new InputLine(source, number, Strict.GetString(bytes), null);
        }
        catch (DecoderFallbackException ex)
        {
            return new InputLine(source, number, null, $"invalid UTF-8 (byte {ex.Index}): the line must be UTF-8 encoded");
        }
    }
}
