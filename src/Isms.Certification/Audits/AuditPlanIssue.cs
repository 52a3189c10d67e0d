namespace Isms.Certification.Audits;

/// <summary>One reason an audit plan or programme fails validation.</summary>
/// <param name="Field">The field concerned, e.g. <c>Team</c>, <c>Clauses</c>, <c>Themes</c>.</param>
/// <param name="Message">What is wrong, naming the value.</param>
/// <threadsafety>This type is an immutable value; instances are safe to share between threads.</threadsafety>
public sealed record AuditPlanIssue(string Field, string Message);
