using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Enforcement.Shared.Infrastructure.Persistence;

/// <summary>Reads stored timestamps back as UTC; SQLite keeps no kind.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
