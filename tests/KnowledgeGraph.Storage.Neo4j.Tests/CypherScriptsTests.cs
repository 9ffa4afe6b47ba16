using System.Reflection;

namespace KnowledgeGraph.Storage.Neo4j.Tests;

public class CypherScriptsTests
{
    private static IEnumerable<string> NamesInCode() =>
        typeof(Cypher).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);

    [Fact]
    public void Every_name_in_code_has_a_file_and_every_file_a_name()
    {
        Assert.Equal(NamesInCode().Order(StringComparer.Ordinal), CypherScripts.Names);
    }

    [Fact]
    public void Every_statement_loads_and_takes_its_values_as_parameters()
    {
        foreach (var name in CypherScripts.Names)
        {
            var text = CypherScripts.Get(name);
            Assert.False(string.IsNullOrWhiteSpace(text), name);
            Assert.DoesNotContain("'", text.Replace("''", "", StringComparison.Ordinal), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_missing_statement_fails_at_once_with_its_name()
    {
        var error = Assert.Throws<InvalidOperationException>(() => CypherScripts.Get("no-such-statement"));
        Assert.Contains("cypher/no-such-statement.cypher", error.Message, StringComparison.Ordinal);
    }
}
