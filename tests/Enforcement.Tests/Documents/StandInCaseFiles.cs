using System.Collections.Concurrent;
using Autofac;
using Enforcement.Shared.Messages.Cases;
using Enforcement.Shared.Messages.Evidence;
using MediatR;

namespace Enforcement.Tests.Documents;

/// <summary>
/// Stands in on the bus for the answers the documents module asks other modules for and that are
/// built beside it: GetCaseFile (the cases module's penalty procedure) and ListCaseEvidence (the
/// evidence module). The record (GetRecordOf) is the audit module's real answer.
/// </summary>
internal sealed class StandInCaseFiles
{
    public ConcurrentDictionary<Guid, CaseFile> Files { get; } = new();
    public ConcurrentDictionary<Guid, IReadOnlyList<EvidenceRecord>> Evidence { get; } = new();

    public void Register(ContainerBuilder c)
    {
        c.RegisterInstance(this);
        c.RegisterType<CaseFileAnswer>().As<IRequestHandler<GetCaseFile, CaseFile?>>();
        c.RegisterType<EvidenceAnswer>().As<IRequestHandler<ListCaseEvidence, IReadOnlyList<EvidenceRecord>>>();
    }

    private sealed class CaseFileAnswer(StandInCaseFiles files) : IRequestHandler<GetCaseFile, CaseFile?>
    {
        public Task<CaseFile?> Handle(GetCaseFile request, CancellationToken ct) =>
            Task.FromResult(files.Files.GetValueOrDefault(request.CaseId));
    }

    private sealed class EvidenceAnswer(StandInCaseFiles files) : IRequestHandler<ListCaseEvidence, IReadOnlyList<EvidenceRecord>>
    {
        public Task<IReadOnlyList<EvidenceRecord>> Handle(ListCaseEvidence request, CancellationToken ct) =>
            Task.FromResult(files.Evidence.GetValueOrDefault(request.CaseId) ?? []);
    }
}
