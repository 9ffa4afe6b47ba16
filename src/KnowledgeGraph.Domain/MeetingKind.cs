namespace KnowledgeGraph.Domain;

/// <summary>How people met: in person, on someone's trip to the hosts, or by phone or video.</summary>
public enum MeetingKind { Meeting, Visit, Call }
