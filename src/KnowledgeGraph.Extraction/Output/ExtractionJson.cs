using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Domain;

namespace KnowledgeGraph.Extraction.Output;

/// <summary>Writes the `kg extract` contract: one JSON object per article, camelCase, Arabic unescaped.</summary>
public static class ExtractionJson
{
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(Utf8JsonWriter w, ArticleFacts facts)
    {
        w.WriteStartObject();
        w.WriteString("id", facts.ArticleId);
        w.WriteStartArray("persons");
        foreach (var p in facts.Persons)
        {
            w.WriteStartObject();
            w.WriteString("id", p.Id);
            w.WriteString("name", p.Name);
            WriteStrings(w, "aliases", p.Aliases);
            w.WriteString("nameEn", p.NameEn);
            WriteStrings(w, "countries", p.Countries);
            WriteSpan(w, "span", p.Span);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        WriteStrings(w, "countries", facts.Countries);
        w.WriteStartArray("offices");
        foreach (var o in facts.Offices)
        {
            w.WriteStartObject();
            w.WriteString("person", o.Person);
            w.WriteString("title", o.Title);
            w.WriteString("titleEn", o.TitleEn);
            w.WriteString("country", o.Country);
            WriteSpan(w, "span", o.Span);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("meetings");
        foreach (var m in facts.Meetings)
        {
            w.WriteStartObject();
            w.WriteString("kind", m.Kind.ToString().ToLowerInvariant());
            WriteStrings(w, "participants", m.Participants);
            WriteStrings(w, "delegationCountries", m.DelegationCountries);
            w.WriteString("date", m.Date?.ToString());
            w.WriteString("datePrecision", m.Date?.Precision.ToString().ToLowerInvariant());
            w.WriteString("city", m.City);
            w.WriteString("country", m.Country);
            WriteSpan(w, "evidence", m.Evidence);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static void WriteError(Utf8JsonWriter w, string? id, string error)
    {
        w.WriteStartObject();
        w.WriteString("id", id);
        w.WriteString("error", error);
        w.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }
        w.WriteEndArray();
    }

    private static void WriteSpan(Utf8JsonWriter w, string name, TextSpan span)
    {
        w.WriteStartObject(name);
        w.WriteNumber("start", span.Start);
        w.WriteNumber("end", span.End);
        w.WriteEndObject();
    }
}
