using System.Buffers;
using System.CommandLine;
using System.Text.Json;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Output;
using KnowledgeGraph.Ingestion.Input;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>`kg extract`: JSON Lines articles on standard input, one JSON line of facts per article on standard output.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var model = new Option<FileInfo?>("--model") { Description = "A name tagger trained with `kg train ner`, instead of the one kg ships (to measure a model before shipping it)." };
        var command = new Command("extract", "Extract persons, countries, offices and meetings: articles as JSON Lines on stdin, one result line per article on stdout.") { model };
        command.SetAction(async (result, cancellationToken) =>
        {
            ArticleExtractor extractor;
            if (result.GetValue(model) is { } file)
            {
                if (!file.Exists)
                {
                    await Console.Error.WriteLineAsync($"kg extract: no such model file: {file.FullName}");
                    return 1;
                }
                await using var stream = file.OpenRead();
                KnowledgeGraph.Extraction.Learning.PerceptronModel tagger;
                try
                {
                    tagger = KnowledgeGraph.Extraction.Learning.PerceptronModel.Load(stream);
                }
                catch (InvalidDataException ex)
                {
                    await Console.Error.WriteLineAsync($"kg extract: {file.FullName}: {ex.Message}");
                    return 1;
                }
                extractor = new ArticleExtractor(KnowledgeGraph.Extraction.Gazetteers.Gazetteer.Default,
                    new KnowledgeGraph.Extraction.Learning.PersonTagger(tagger, KnowledgeGraph.Extraction.Gazetteers.Gazetteer.Default));
            }
            else
            {
                extractor = new ArticleExtractor();
            }
            return await RunAsync(Console.OpenStandardInput(), Console.OpenStandardOutput(), cancellationToken, extractor);
        });
        return command;
    }

    public static async Task<int> RunAsync(Stream input, Stream output, CancellationToken cancellationToken, ArticleExtractor? extractor = null)
    {
        extractor ??= new ArticleExtractor();
        await using var buffered = new BufferedStream(output, 64 * 1024);
        // Each result goes to a buffer of its own, then to the output's: a writer on the stream itself would flush the
        // stream (a system call) for every article. The output is flushed before each read that may wait for input.
        var pending = new ArrayBufferWriter<byte>(16 * 1024);
        await using var writer = new Utf8JsonWriter(pending, ExtractionJson.WriterOptions);
        await foreach (var line in JsonLinesReader.ReadAsync(input, "stdin", beforeRead: buffered.FlushAsync, cancellationToken: cancellationToken))
        {
            var parsed = ArticleParser.Parse(line);
            if (parsed.Article is { } article)
            {
                try
                {
                    ExtractionJson.Write(writer, extractor.Extract(article));
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // One article the extractor cannot handle must not stop the run: report it on its line.
                    ExtractionJson.WriteError(writer, parsed.Id, $"line {line.Number}: extraction failed: {ex.Message}");
                }
            }
            else
            {
                ExtractionJson.WriteError(writer, parsed.Id, $"line {line.Number}: {parsed.Error}");
            }
            writer.Flush();
            buffered.Write(pending.WrittenSpan);
            buffered.WriteByte((byte)'\n');
            pending.ResetWrittenCount();
            writer.Reset();
        }
        await buffered.FlushAsync(cancellationToken);
        return 0;
    }
}
