namespace ProfileGraph.Profiles.Rules;

/// <summary>One reason a write is refused. Any violation means nothing is written.</summary>
internal abstract record WriteViolation;

/// <summary>A field or custom property breaks a rule: <paramref name="Key"/> names it, <paramref name="Code"/> is one of <see cref="ViolationCodes"/>.</summary>
internal sealed record FieldViolation(string Key, string Code, string Reason) : WriteViolation;

/// <summary>A size or count limit is exceeded: <paramref name="Limit"/> names the limit.</summary>
internal sealed record LimitViolation(string Limit, int MaxAllowed, int Actual) : WriteViolation;
