using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Providers;
using FusionStudio.Domain.Runs;
using FusionStudio.Domain.Teachers;

namespace FusionStudio.Testing;

public sealed record TestLibraryRows(Provider Provider, Teacher Teacher, TeacherPool Pool, Dataset Dataset, Run Run);
