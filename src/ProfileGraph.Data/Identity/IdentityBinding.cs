namespace ProfileGraph.Data;

/// <summary>The outcome of binding (project, kind, value) to a profile.</summary>
public enum BindOutcome
{
    Bound,
    /// <summary>The identity already pointed at the same profile.</summary>
    AlreadyBound,
    /// <summary>The identity belongs to another profile; nothing changed.</summary>
    Conflict,
}

/// <summary>The result of a bind: its outcome and the profile the identity points at now.</summary>
public readonly record struct BindResult(BindOutcome Outcome, string ProfileId);

/// <summary>An identity of a profile: a kind (userId, anonymousId, registrationId, ...) and a value.</summary>
public readonly record struct IdentityKey(string Kind, string Value);
