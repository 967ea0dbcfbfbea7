using Enforcement.Identity.Tokens;
using Enforcement.Shared.Primitives;
using MediatR;

namespace Enforcement.Identity.SignIn;

/// <summary>Ends the session the request came with; its token is refused from then on.</summary>
internal sealed record SignOut(Guid TokenId, string Username) : ICommand<bool>;

internal sealed class SignOutHandler(TokenIssuer tokens) : IRequestHandler<SignOut, bool>
{
    public Task<bool> Handle(SignOut request, CancellationToken ct) => tokens.RevokeAsync(request.TokenId, request.Username, ct);
}
