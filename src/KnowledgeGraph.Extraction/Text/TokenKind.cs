namespace KnowledgeGraph.Extraction.Text;

public enum TokenKind { Word, Number, Punct }
