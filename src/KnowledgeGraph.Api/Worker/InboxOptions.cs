namespace KnowledgeGraph.Api.Worker;

/// <summary>
/// The folder the worker inside `kg serve` ingests from (`--inbox DIR`, KG_INBOX). Files are taken in name order once
/// they have not changed for <see cref="SettleTime"/> (or move them in whole); each goes to done/ when stored, with its
/// rejected lines beside it as NAME.rejects.jsonl.
/// </summary>
public sealed record InboxOptions(string Folder)
{
    public string Path { get; } = System.IO.Path.GetFullPath(Folder);

    /// <summary>How often the folder is looked at. Default 1 s.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a file must be left unchanged before it is read. Default 1 s.</summary>
    public TimeSpan SettleTime { get; init; } = TimeSpan.FromSeconds(1);

    public string Done => System.IO.Path.Combine(Path, "done");
}
