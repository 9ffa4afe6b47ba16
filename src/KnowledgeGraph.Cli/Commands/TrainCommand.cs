using System.CommandLine;
using System.Globalization;
using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Extraction.Learning;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// `kg train ner --train FILE --out FILE`: trains the name tagger on IOB2 data (the ANERcorp train split) and
/// writes the model that src/KnowledgeGraph.Extraction/Resources ships. Deterministic: the same data gives the same file.
/// </summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var train = new Option<FileInfo>("--train") { Description = "IOB2 training data, one \"TOKEN TAG\" a line (ANERcorp's train split).", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "Where to write the model.", Required = true };
        var iterations = new Option<int>("--iterations") { Description = "Passes over the data.", DefaultValueFactory = _ => 10 };
        var holdout = new Option<bool>("--holdout") { Description = "Also report person F1 by five-fold cross-validation on the training data, for several decoding bonuses." };
        var test = new Option<FileInfo?>("--test") { Description = "Also report the tagger's person F1 on this IOB2 file (never the test split while choosing features)." };
        var leastWeight = new Option<float>("--least-weight")
        {
            Description = "Keep only the features one of whose weights leans at least this far; 0 keeps them all, for a small training set whose weights stay small.",
            DefaultValueFactory = _ => PerceptronModel.WeightAtLeast,
        };
        leastWeight.Validators.Add(r => { if (r.GetValueOrDefault<float>() is < 0 or float.NaN) { r.AddError("--least-weight must be 0 or more."); } });
        var ner = new Command("ner", "Train the person-name tagger.") { train, output, iterations, holdout, test, leastWeight };
        ner.SetAction(async (result, cancellationToken) =>
        {
            var file = result.GetValue(train)!;
            if (!file.Exists)
            {
                await Console.Error.WriteLineAsync($"kg train ner: no such file: {file.FullName}");
                return 1;
            }
            using var reader = file.OpenText();
            var sentences = PerceptronTrainer.ReadIob(reader);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{sentences.Count:N0} sentences, {sentences.Sum(s => s.Tags.Length):N0} tokens"));
            // A file without a single person tag trains a tagger that finds no one: it is not the IOB2 file it should be.
            if (!sentences.Any(s => s.Tags.Any(t => t is NerTags.BeginPerson or NerTags.InsidePerson)))
            {
                await Console.Error.WriteLineAsync($"kg train ner: {file.FullName} has no person tags (B-PERS, I-PERS); training needs IOB2 data, one \"TOKEN TAG\" a line, sentences separated by blank lines.");
                return 1;
            }
            if (result.GetValue(holdout))
            {
                Holdout(sentences, result.GetValue(iterations));
            }
            var model = PerceptronTrainer.TrainTwoPass(sentences, Gazetteer.Default, result.GetValue(iterations),
                (i, accuracy) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"iteration {i}: training accuracy {accuracy:P2}")),
                result.GetValue(leastWeight));
            if (result.GetValue(test) is { } testFile)
            {
                using var testReader = testFile.OpenText();
                var (tp, fp, fn) = Score(new PersonTagger(model, Gazetteer.Default), PerceptronTrainer.ReadIob(testReader));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tagger on {testFile.Name}: tp {tp} fp {fp} fn {fn} F1 {2.0 * tp / Math.Max(1, 2 * tp + fp + fn):F3}"));
            }
            var path = result.GetValue(output)!;
            Directory.CreateDirectory(path.DirectoryName!);
            await using (var stream = path.Create())
            {
                model.Save(stream);
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {path.FullName} ({new FileInfo(path.FullName).Length:N0} bytes)"));
            return 0;
        });
        return new Command("train", "Train the models extraction ships with.") { ner };
    }

    // Five contiguous folds (articles stay whole, so a name is not learnt from its own article): each fifth is tagged
    // by a model trained on the other four.
    private static void Holdout(List<PerceptronTrainer.Sentence> sentences, int iterations)
    {
        float[] bonuses = [0f, 1f, 2f, 3f, 5f];
        var counts = new (int Tp, int Fp, int Fn)[bonuses.Length];
        for (var fold = 0; fold < PerceptronTrainer.Folds; fold++)
        {
            var test = sentences.Where((_, i) => PerceptronTrainer.FoldOf(i, sentences.Count) == fold).ToList();
            var model = PerceptronTrainer.TrainTwoPass([.. sentences.Where((_, i) => PerceptronTrainer.FoldOf(i, sentences.Count) != fold)], Gazetteer.Default, iterations);
            for (var b = 0; b < bonuses.Length; b++)
            {
                var (tp, fp, fn) = Score(new PersonTagger(model, Gazetteer.Default, bonuses[b]), test);
                counts[b] = (counts[b].Tp + tp, counts[b].Fp + fp, counts[b].Fn + fn);
            }
        }
        for (var b = 0; b < bonuses.Length; b++)
        {
            var (tp, fp, fn) = counts[b];
            var f1 = 2.0 * tp / Math.Max(1, 2 * tp + fp + fn);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{PerceptronTrainer.Folds}-fold, person bonus {bonuses[b]}: tp {tp} fp {fp} fn {fn} F1 {f1:F3}"));
        }
    }

    private static (int Tp, int Fp, int Fn) Score(PersonTagger tagger, IEnumerable<PerceptronTrainer.Sentence> sentences)
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (var s in sentences)
        {
            var gold = Spans(s.Tags);
            var found = tagger.Find(s.Tokens).ToHashSet();
            tp += found.Count(gold.Contains);
            fp += found.Count(f => !gold.Contains(f));
            fn += gold.Count(g => !found.Contains(g));
        }
        return (tp, fp, fn);
    }

    private static HashSet<(int, int)> Spans(int[] tags)
    {
        var spans = new HashSet<(int, int)>();
        var start = -1;
        for (var i = 0; i <= tags.Length; i++)
        {
            var tag = i < tags.Length ? tags[i] : NerTags.Outside;
            if (start >= 0 && tag != NerTags.InsidePerson)
            {
                spans.Add((start, i));
                start = -1;
            }
            if (tag == NerTags.BeginPerson || (tag == NerTags.InsidePerson && start < 0))
            {
                start = i;
            }
        }
        return spans;
    }
}
