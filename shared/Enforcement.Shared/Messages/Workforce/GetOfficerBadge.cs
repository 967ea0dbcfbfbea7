using MediatR;

namespace Enforcement.Shared.Messages.Workforce;

/// <summary>
/// The badge of the active roster officer who signs in as <paramref name="Username"/>, or null. Used when an
/// account carries no badge of its own: the roster's link from officer to account then identifies them.
/// </summary>
public sealed record GetOfficerBadge(string Username) : IRequest<string?>;
