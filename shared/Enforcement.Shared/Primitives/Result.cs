namespace Enforcement.Shared.Primitives;

/// <summary>Why a command was refused; <see cref="Kind"/> maps to the HTTP status.</summary>
public sealed record Problem(ProblemKind Kind, string Message, IReadOnlyDictionary<string, string[]>? Errors = null);

public enum ProblemKind
{
    Invalid,
    NotFound,
    Conflict,
    Unavailable,
    /// <summary>Well-formed, but a rule of law or of the procedure forbids it (422).</summary>
    Refused,
}

/// <summary>Lets the bus tell a refused command from a done one without knowing its type.</summary>
public interface IOutcome
{
    bool Ok { get; }
}

/// <summary>A command's outcome: a value, or the problem that stopped it.</summary>
public readonly record struct Result<T>(T? Value, Problem? Problem) : IOutcome
{
    public bool Ok => Problem is null;

    public static implicit operator Result<T>(T value) => new(value, null);
    public static implicit operator Result<T>(Problem problem) => new(default, problem);
}
